import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { descendants, parseMarkdown, plainText } from '../../server/src/core/markdown';
import { validateDigest } from '../../server/src/core/validate';
import { post } from '../helpers';

// Inputs that once crashed the core: recursion over trees tens of thousands of levels deep (a RangeError),
// and YAML nested thousands of levels deep, which made the YAML library abort the whole process.
describe('pathological input', () => {
  it('validates blockquotes nested 20,000 deep without throwing', () => {
    const { model } = validateDigest(`${post([{}])}\n${'>'.repeat(20_000)} 깊다\n`);
    assert.equal(model.papers.length, 1);
  });

  it('walks and reads the text of a tree deeper than the stack', () => {
    const { root } = parseMarkdown(`${'>'.repeat(20_000)} 깊다`);
    assert.ok([...descendants(root)].length > 20_000);
    assert.equal(plainText(root), '깊다');
  });

  it('reads text the way mdast-util-to-string does: values, image alt, nothing else', () => {
    const { root } = parseMarkdown('# A *b* `c` ![alt](x.png) <i>d</i> [e](u)');
    assert.equal(plainText(root), 'A b c alt <i>d</i> e');
  });

  for (const [name, yaml] of Object.entries({
    'flow collections': '['.repeat(20_000),
    'compact block sequences': `${'- '.repeat(5000)}a`,
  })) {
    it(`reports YAML ${name} nested thousands deep as a front matter error, again and again`, () => {
      for (let round = 0; round < 3; round++) {
        const { diagnostics } = validateDigest(`---\n${yaml}\n---\n`);
        assert.deepEqual(
          diagnostics.filter((d) => d.ruleId === 'frontmatter-yaml').map((d) => d.message),
          ['Invalid YAML in the front matter: Front matter nests more than 100 levels deep'],
        );
      }
    });
  }

  it('still reads front matter that nests a few levels', () => {
    const { model } = validateDigest('---\ntitle: x\nextra: {a: [1, [2, {b: 3}]]}\nlist:\n  - - a\n    - b\n---\n');
    assert.deepEqual(model.frontMatter!.fields.get('extra')!.value, { a: [1, [2, { b: 3 }]] });
    assert.deepEqual(model.frontMatter!.errors, []);
  });
});
