import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DEFAULT_POST_PATH,
  DEFAULT_POST_TEMPLATE,
  newPostPath,
  newPostPreamble,
  newPostSnippet,
  postPathPattern,
} from '../../../server/src/core/authoring/newPost';
import { DEFAULT_SCHEMA, resolveSchema } from '../../../server/src/core/schema';
import { validateDigest } from '../../../server/src/core/validate';
import { fillSnippet, koreanFill } from '../../snippetFill';

const TODAY = { CURRENT_YEAR: '2025', CURRENT_MONTH: '11', CURRENT_DATE: '04' };

describe('a new digest post', () => {
  it('goes to _posts/YYYY-MM-DD-daily-papers.md by default, and follows a configured pattern', () => {
    assert.deepEqual(newPostPath(DEFAULT_POST_PATH, '2025-11-04'), { path: '_posts/2025-11-04-daily-papers.md' });
    assert.deepEqual(newPostPath('_posts/{date}-daily-papers-{compactDate}.md', '2025-11-04'), {
      path: '_posts/2025-11-04-daily-papers-20251104.md',
    });
    assert.deepEqual(newPostPath('blog\\_posts\\{date}.markdown', '2025-11-04'), {
      path: 'blog/_posts/2025-11-04.markdown',
    });
  });

  it('names a post like the newest dated post of the workspace', () => {
    const blog = [
      '_posts/2025-08-29-daily-papers-20250829.md',
      '_posts/2025-12-26-daily-papers-20251226.md',
      '_posts/2025-12-25-daily-papers.md',
      'about.md',
    ];
    assert.equal(postPathPattern(blog), '_posts/{date}-daily-papers-{compactDate}.md');
    assert.equal(
      postPathPattern(['blog/_posts/2024/2024-01-05-reading.markdown']),
      'blog/_posts/2024/{date}-reading.markdown',
    );
    assert.equal(
      postPathPattern(['_posts/2025-12-26-daily-papers-20251226-v2.md', '_posts/2025-12-25-daily-papers.md']),
      '_posts/{date}-daily-papers-{compactDate}-v2.md',
    );
    assert.equal(postPathPattern(['README.md', '_posts/daily.md']), undefined);
    assert.equal(postPathPattern([]), undefined);
  });

  it('refuses paths outside the workspace folder, absolute paths, other extensions and bad dates', () => {
    for (const pattern of [
      '../_posts/{date}.md',
      '/tmp/{date}.md',
      'C:/posts/{date}.md',
      '_posts/{date}.txt',
      '_posts//{date}.md',
    ]) {
      assert.ok('error' in newPostPath(pattern, '2025-11-04'), pattern);
    }
    assert.deepEqual(newPostPath(DEFAULT_POST_PATH, '2025-1-4'), { error: '2025-1-4 is not a YYYY-MM-DD date.' });
  });

  it("starts with the front matter of the blog's current format and two blank lines", () => {
    assert.equal(
      newPostPreamble(DEFAULT_POST_TEMPLATE, DEFAULT_SCHEMA, '2025-11-04'),
      [
        '---',
        'layout: post',
        'title: "Daily Papers — 2025-11-04"',
        'date: 2025-11-04 08:15:00',
        'tags: [papers, hugginface]',
        'categories: []',
        '---',
        '',
        '',
        '',
      ].join('\n'),
    );
  });

  it('fills a custom template and keeps unknown braces', () => {
    const schema = resolveSchema({ titlePattern: 'Papers of {date}', layout: 'digest' });
    assert.equal(
      newPostPreamble(
        '---\nlayout: {layout}\ntitle: {title}\nslug: {compactDate} {other}\n---\n',
        schema,
        '2025-11-04',
      ),
      '---\nlayout: digest\ntitle: Papers of 2025-11-04\nslug: 20251104 {other}\n---\n',
    );
  });

  it("as a snippet, dates itself from the editor's variables and passes the validator once filled", () => {
    const snippet = newPostSnippet(DEFAULT_SCHEMA, DEFAULT_POST_TEMPLATE).snippet();
    assert.match(
      snippet,
      /^---\nlayout: post\ntitle: "Daily Papers — \$\{CURRENT_YEAR\}-\$\{CURRENT_MONTH\}-\$\{CURRENT_DATE\}"\n/,
    );
    const text = fillSnippet(snippet, koreanFill, TODAY);
    assert.match(text, /\n---\n\n\n# 1\. \[The Quest/);
    assert.deepEqual(
      validateDigest(text, { fileName: '2025-11-04-daily-papers.md' }).diagnostics.map((d) => d.ruleId),
      [],
    );
  });
});
