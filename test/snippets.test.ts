import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { staticSnippetsJson, type SnippetDefinition } from '../server/src/core/authoring/staticSnippets';
import { validateDigest } from '../server/src/core/validate';
import { frontMatter, REPO } from './helpers';
import { fillSnippet, koreanFill } from './snippetFill';

const FILE = join(REPO, 'snippets/markdown.json');
const TODAY = { CURRENT_YEAR: '2025', CURRENT_MONTH: '11', CURRENT_DATE: '04' };
const ruleIds = (text: string, fileName: string) =>
  validateDigest(text, { fileName }).diagnostics.map((d) => `${d.ruleId}: ${d.message}`);

describe('snippets/markdown.json', () => {
  const text = readFileSync(FILE, 'utf8');
  const snippets = JSON.parse(text) as Record<string, SnippetDefinition>;

  it('is a VS Code snippets file: every snippet has a prefix, a description and a body of lines', () => {
    assert.deepEqual(
      Object.values(snippets).map((snippet) => snippet.prefix),
      ['paper', 'digest'],
    );
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.deepEqual(Object.keys(snippet).sort(), ['body', 'description', 'prefix'], name);
      assert.ok(snippet.description.length > 20, name);
      assert.ok(
        Array.isArray(snippet.body) && snippet.body.every((line) => typeof line === 'string' && !line.includes('\n')),
        name,
      );
    }
  });

  it('is what the digest schema writes (run `npm run snippets` after changing the schema)', () => {
    assert.equal(text, staticSnippetsJson());
  });

  it('paper: once filled in, gives an entry that passes every rule', () => {
    const entry = fillSnippet(snippets['Paper entry'].body.join('\n'), koreanFill);
    assert.deepEqual(ruleIds(`${frontMatter()}${entry}\n`, '2025-10-31-daily-papers.md'), []);
  });

  it('digest: once filled in on 2025-11-04, gives a post that passes every rule', () => {
    const post = fillSnippet(snippets['Digest post'].body.join('\n'), koreanFill, TODAY);
    assert.match(post, /^---\nlayout: post\ntitle: "Daily Papers — 2025-11-04"\ndate: 2025-11-04 08:15:00\n/);
    assert.deepEqual(ruleIds(post, '2025-11-04-daily-papers.md'), []);
  });
});
