import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateDigest } from '../../../server/src/core/validate';
import { provideNewPost } from '../../../server/src/lsp/features/newPost';
import type { NewDigestPost } from '../../../server/src/protocol';
import { resolveSettings } from '../../../server/src/settings/settings';
import { fillSnippet, koreanFill } from '../../snippetFill';

describe('New Digest Post, in the server', () => {
  it('writes a new post for the date: path, front matter and paper 1', () => {
    const answer = provideNewPost(resolveSettings(undefined), '2025-11-04') as NewDigestPost;
    assert.equal(answer.path, '_posts/2025-11-04-daily-papers.md');
    assert.match(
      answer.text,
      /^---\nlayout: post\ntitle: "Daily Papers — 2025-11-04"\ndate: 2025-11-04 08:15:00\ntags: \[papers, hugginface\]\ncategories: \[\]\n---\n\n\n$/,
    );
    const document = TextDocument.create('file:///blog/_posts/2025-11-04-daily-papers.md', 'markdown', 1, answer.text);
    const created = TextDocument.applyEdits(document, [
      { range: answer.entryRange, newText: fillSnippet(answer.entrySnippet, koreanFill) },
    ]);
    assert.match(created, /\n---\n\n\n# 1\. \[The Quest/);
    assert.deepEqual(
      validateDigest(created, { fileName: '2025-11-04-daily-papers.md' }).diagnostics.map((d) => d.ruleId),
      [],
    );
  });

  it('follows the path setting, and refuses what is not a date', () => {
    const settings = resolveSettings({ newPost: { path: 'posts/{compactDate}.md' } });
    assert.equal((provideNewPost(settings, '2025-11-04') as NewDigestPost).path, 'posts/20251104.md');
    assert.match((provideNewPost(settings, 'today') as { error: string }).error, /not a YYYY-MM-DD date/);
  });

  it("names the file like the folder's posts unless the path setting is set", () => {
    const posts = ['_posts/2025-11-03-daily-papers-20251103.md', '_posts/2025-11-02-daily-papers-20251102.md'];
    assert.equal(
      (provideNewPost(resolveSettings(undefined), '2025-11-04', posts) as NewDigestPost).path,
      '_posts/2025-11-04-daily-papers-20251104.md',
    );
    const settings = resolveSettings({ newPost: { path: '_posts/{date}-papers.md' } });
    assert.equal((provideNewPost(settings, '2025-11-04', posts) as NewDigestPost).path, '_posts/2025-11-04-papers.md');
  });
});
