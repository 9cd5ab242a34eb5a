import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { validateDigest } from '../../server/src/core/validate';
import { EXAMPLE, post } from '../helpers';

describe('bad input', () => {
  const cases: Record<string, string> = {
    'malformed YAML': post([{}], { tags: '[papers, "hugginface' }),
    'tabs and duplicate keys in YAML': '---\ntitle: a\ntitle: b\n\tlayout: post\n---\n',
    'a half-typed heading': `${post([{}])}\n# 2. [Attention Is`,
    'an unclosed link': `${post([{}])}\n# 2. [Attention Is All You Need](https://arxiv.org/abs/1706.03762\n`,
    'CRLF line ends': EXAMPLE.replace(/\n/g, '\r\n'),
    'CR line ends': EXAMPLE.replace(/\n/g, '\r'),
    'a BOM': `\uFEFF${EXAMPLE}`,
    'random bytes': randomBytes(64 * 1024).toString('latin1'),
    'random bytes decoded as UTF-8': randomBytes(64 * 1024).toString('utf8'),
    'lone surrogates and NULs': `${EXAMPLE}\uD800\u0000\uDFFF`,
    'deeply nested blockquotes': `${'>'.repeat(5000)} 깊다\n`,
  };
  const fiveMegabytes = EXAMPLE.repeat(Math.ceil((5 * 1024 * 1024) / EXAMPLE.length));
  for (const [name, text] of Object.entries(cases)) {
    it(`gives ${name} diagnostics inside the text, without throwing`, () => {
      const { diagnostics } = validateDigest(text);
      for (const d of diagnostics) {
        assert.ok(
          d.span.start >= 0 && d.span.start <= d.span.end && d.span.end <= text.length,
          `${d.ruleId} ${JSON.stringify(d.span)}`,
        );
      }
    });
  }

  it('checks only the front matter of a 5 MB post, and says so', () => {
    const { diagnostics, model } = validateDigest(fiveMegabytes);
    assert.equal(model.frontMatter!.fields.get('title')!.value, 'Daily Papers — 2025-10-31');
    assert.deepEqual(
      diagnostics.map((d) => [d.ruleId, d.severity]),
      [['file-too-large', 'information']],
    );
    assert.match(diagnostics[0].message, /5,\d{3},\d{3} characters/);
  });

  it('checks a long post in full when the limit allows it', () => {
    const long = EXAMPLE.repeat(40);
    assert.equal(validateDigest(long, { maxLength: long.length }).model.papers.length, 120);
    assert.equal(validateDigest(long, { maxLength: long.length - 1 }).model.papers.length, 0);
  });

  it('reports malformed YAML as an error on its own line', () => {
    const text = post([{}], { tags: '[papers, hugginface' });
    const yaml = validateDigest(text).diagnostics.filter((d) => d.ruleId === 'frontmatter-yaml');
    assert.ok(yaml.length > 0);
    assert.equal(yaml[0].severity, 'error');
  });

  it('gives CRLF and LF versions of a post the same diagnostics', () => {
    const broken = post([{ number: 3 }, { alphaxiv: false }]);
    const lf = validateDigest(broken).diagnostics.map((d) => d.ruleId);
    const crlf = validateDigest(broken.replace(/\n/g, '\r\n')).diagnostics.map((d) => d.ruleId);
    assert.deepEqual(crlf, lf);
  });
});
