import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll } from '../../server/src/core/edits';
import { RULES } from '../../server/src/core/rules';
import { DEFAULT_SCHEMA, resolveSchema } from '../../server/src/core/schema';
import { parseDigest } from '../../server/src/core/parseDigest';
import { postReferences } from '../../server/src/core/postReferences';
import { inRuleOrder, validateDigest, validateModel, validateReferences } from '../../server/src/core/validate';
import { blogName, BLOGS, blogPosts, EXAMPLE, post } from '../helpers';

describe('validateDigest', () => {
  it('gives the example post no error, only the title spacing notes', () => {
    const { diagnostics } = validateDigest(EXAMPLE, { fileName: '2025-10-31-daily-papers.md' });
    assert.deepEqual(
      diagnostics.map((d) => `${d.severity} ${d.ruleId}`),
      ['information title-spacing', 'information title-spacing'],
    );
  });

  it('has unique rule ids, each with a description', () => {
    assert.equal(new Set(RULES.map((rule) => rule.id)).size, RULES.length);
    for (const rule of RULES) assert.ok(rule.description.length > 20, rule.id);
  });

  it('applies severity overrides and turns rules off', () => {
    const options = { rules: { 'title-spacing': 'off' as const, 'paper-numbering': 'error' as const } };
    const { diagnostics } = validateDigest(EXAMPLE.replace('# 2. [', '# 7. ['), options);
    assert.deepEqual(
      diagnostics.map((d) => `${d.severity} ${d.ruleId}`),
      ['error paper-numbering'],
    );
  });

  it('splits into the rules over the post and those over its references to other posts, which together give all', () => {
    const text = post(
      [
        { number: 2, title: '제목에   공백', id: '2510.26001' },
        { id: '2510.26002', alphaxiv: false },
      ],
      { date: '2025-11-02 08:15:00' },
    );
    const earlier = {
      file: 'file:///blog/_posts/2025-10-01-daily-papers.md',
      date: '2025-10-01',
      postTitle: 'Daily Papers — 2025-10-01',
      number: 3,
      heading: { start: { line: 9, character: 0 }, end: { line: 9, character: 9 } },
    };
    const options = {
      fileName: '2025-11-02-daily-papers.md',
      digestedElsewhere: (id: string) => (id === '2510.26002' ? [earlier] : []),
      rules: { 'title-spacing': 'hint' as const },
    };
    const model = parseDigest(text);
    const all = validateModel(model, options).diagnostics;
    const ofThePost = validateModel(model, options, 'post').diagnostics;
    const workspace = validateReferences(postReferences(model, options.fileName), options);
    assert.deepEqual(
      workspace.map((d) => d.ruleId),
      ['already-digested'],
    );
    assert.deepEqual(validateModel(model, options, 'workspace').diagnostics, workspace);
    assert.ok(!ofThePost.some((d) => d.ruleId === 'already-digested') && ofThePost.length > 2);
    assert.deepEqual(inRuleOrder([...workspace, ...ofThePost]), all);
  });

  it('follows a schema from settings: other sections without code changes', () => {
    const schema = resolveSchema({ sections: ['Summary', 'Notes'], labelledSection: 'Summary' });
    const text = post([
      {
        sections: [
          ['Summary', '- Goal: 목표.\n- Motivation: 동기.\n- Contribution: 기여.'],
          ['Notes', '메모이다.'],
        ],
      },
    ]);
    assert.deepEqual(validateDigest(text, { schema }).diagnostics, []);
    assert.ok(validateDigest(text, { schema: DEFAULT_SCHEMA }).diagnostics.some((d) => d.ruleId === 'section-missing'));
  });

  it('ignores mistyped schema overrides', () => {
    assert.deepEqual(resolveSchema({ sections: 'Method' as never, titlePattern: 42 as never }), DEFAULT_SCHEMA);
  });

  it('fixes everything fixable in one go, and a second run changes nothing', () => {
    const broken = post(
      [
        { number: 2, title: '제목에   공백' },
        { number: 2, alphaxiv: false },
      ],
      { layout: 'page', tags: 'papers ai' },
    );
    const fixed = fixAll(broken, { minimumSeverity: 'hint' });
    assert.equal(fixAll(fixed, { minimumSeverity: 'hint' }), fixed);
    assert.match(
      fixAll(broken),
      /\n# 1\. \[제목에 {3}공백\]/,
      'by default the title-spacing note is left: it changes a published anchor',
    );
    const left = validateDigest(fixed).diagnostics.filter((d) => d.fixes?.length === 1 && !d.fixes[0].renameTo);
    assert.deepEqual(left, []);
    assert.match(fixed, /^---\nlayout: post\n/);
    assert.match(fixed, /\n# 1\. \[제목에 공백\]/);
    assert.match(fixed, /\n# 2\. \[.*\n\n> \[Alphaxiv\]/);
  });

  for (const blog of BLOGS) {
    it(`accepts every post of ${blogName(blog)}: no error, no missing or misordered section or bullet`, () => {
      for (const [name, text] of blogPosts(blog)) {
        const { diagnostics } = validateDigest(text, { fileName: name });
        assert.deepEqual(
          diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
          [],
          name,
        );
        assert.ok(
          !diagnostics.some((d) =>
            ['section-missing', 'section-order', 'intro-bullets', 'paper-numbering'].includes(d.ruleId),
          ),
          name,
        );
      }
    });
  }
});
