// A fix rewrites a front matter value only where the rest of the YAML stays byte for byte what it was: never a value
// that is an alias, carries an anchor or a tag, or holds a comment. Its problem is still reported, rightly read.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll } from '../../server/src/core/edits';
import { validateDigest } from '../../server/src/core/validate';
import { post } from '../helpers';

const FILE = { fileName: '2025-10-31-daily-papers.md' };

/** The post with `extra` lines at the top of its front matter and its fields replaced. */
function withFrontMatter(extra: string[], fields: Record<string, string>): string {
  return post([{}], fields).replace('---\n', `---\n${extra.map((line) => `${line}\n`).join('')}`);
}

function diagnostic(text: string, ruleId: string) {
  const found = validateDigest(text, FILE).diagnostics.find((d) => d.ruleId === ruleId);
  assert.ok(found, `no ${ruleId} in\n${text}`);
  return found;
}

describe('fixes in the front matter', () => {
  it('read an alias as YAML does, and leave it alone: tags: *common is no list, and stays as written', () => {
    const text = withFrontMatter(['common: &common papers hugginface'], { tags: '*common' });
    const lists = diagnostic(text, 'frontmatter-lists');
    assert.equal(lists.message, '`tags` is not a list; write it as `tags: [papers, hugginface]`.');
    assert.deepEqual(lists.fixes, []);
    assert.equal(fixAll(text, FILE), text);
  });

  it('leave a value with an anchor alone: another field may be its alias', () => {
    const text = withFrontMatter([], { tags: '&shared papers hugginface', categories: '*shared' });
    assert.deepEqual(diagnostic(text, 'frontmatter-lists').fixes, []);
    assert.equal(fixAll(text, FILE), text);
  });

  it('leave a tagged value alone: its tag says how YAML reads it', () => {
    const text = withFrontMatter([], { layout: '!!str page' });
    assert.deepEqual(diagnostic(text, 'frontmatter-layout').fixes, []);
    assert.equal(fixAll(text, FILE), text);
  });

  it('leave a list holding a comment alone, and an alias inside a list', () => {
    const commented = withFrontMatter([], { title: '"Daily Papers — 2025-10-30"', tags: '[papers, # 태그\n  ai]' });
    assert.equal(fixAll(commented, FILE).includes('tags: [papers, # 태그\n  ai]'), true);
    const aliased = withFrontMatter(['a: &a ai'], { tags: '[papers, *a]', layout: 'page' });
    assert.match(fixAll(aliased, FILE), /\nlayout: post\n/, 'the other fields are still fixed');
    assert.match(fixAll(aliased, FILE), /\ntags: \[papers, \*a\]\n/);
  });

  it('still rewrite a plain value, keeping a comment after it and the anchors elsewhere', () => {
    const text = withFrontMatter(['common: &common papers'], { layout: 'page # 예전 레이아웃', tags: '*common' });
    const fixed = fixAll(text, FILE);
    assert.equal(fixed, text.replace('layout: page #', 'layout: post #'));
  });
});
