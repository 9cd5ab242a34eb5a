import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paperEntry } from '../../../server/src/core/authoring/entry';
import { escapeSnippet, SnippetBuilder } from '../../../server/src/core/authoring/snippet';
import { validateDigest } from '../../../server/src/core/validate';
import { DEFAULT_SCHEMA, resolveSchema } from '../../../server/src/core/schema';
import { frontMatter } from '../../helpers';
import { fillSnippet, koreanFill } from '../../snippetFill';

describe('paper entries written from the schema', () => {
  it('writes the blog format: heading, alphaXiv line, Introduction bullets and the other sections in order', () => {
    const entry = paperEntry(DEFAULT_SCHEMA, { number: 4, title: 'POWSM', id: '2510.24992', alphaxivLanguage: 'ko' }, '\n');
    assert.equal(entry.plainText(), [
      '# 4. [POWSM](https://arxiv.org/abs/2510.24992)',
      '',
      '> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2510.24992)',
      '',
      '## Introduction',
      '- Goal: ',
      '- Motivation: ',
      '- Contribution: ',
      '',
      '## Method',
      '',
      '',
      '## Results',
      '',
      '',
      '## Limitations',
      '',
      '',
      '## Conclusion',
      '',
    ].join('\n'));
  });

  it('puts tab stops in reading order and types the arXiv id once for both links', () => {
    const snippet = paperEntry(DEFAULT_SCHEMA, { alphaxivLanguage: 'ko' }, '\n').snippet();
    assert.match(snippet, /^# \$\{1:1\}\. \[\$\{2:Title\}\]\(https:\/\/arxiv\.org\/abs\/\$\{3:ID\}\)\n/);
    assert.match(snippet, /overview\/\$\{3:ID\}\)/);
    assert.match(snippet, /- Goal: \$\{4\}\n- Motivation: \$\{5\}\n- Contribution: \$\{6\}\n\n## Method\n\$\{7\}/);
    assert.match(snippet, /## Conclusion\n\$\{10\}$/);
    const filled = fillSnippet(snippet, (stop) => `[${stop}]`);
    assert.match(filled, /abs\/\[3\]\)[\s\S]*overview\/\[3\]\)/);
  });

  it('leaves out the alphaXiv line when no language is given and follows a custom schema', () => {
    const schema = resolveSchema({
      sections: ['요약', '방법'],
      labelledSection: '요약',
      bulletLabels: [{ name: '목표', aliases: [] }],
      paperUrl: 'https://arxiv.org/pdf/{id}',
    });
    assert.equal(paperEntry(schema, { number: 1, title: 'T', id: '2510.00001' }, '\r\n').plainText(),
      '# 1. [T](https://arxiv.org/pdf/2510.00001)\r\n\r\n## 요약\r\n- 목표: \r\n\r\n## 방법\r\n');
  });

  it('escapes what snippets and link text treat specially in a fetched title', () => {
    const entry = paperEntry(DEFAULT_SCHEMA, { number: 1, title: 'Cost $O(n)$ [fast] {x}', id: '2510.00001' }, '\n');
    assert.match(entry.snippet(), /^# 1\. \[Cost \\\$O\(n\)\\\$ \\\\\[fast\\\\\] \{x\\\}\]/);
    assert.match(entry.plainText(), /^# 1\. \[Cost \$O\(n\)\$ \\\[fast\\\] \{x\}\]/);
    assert.equal(escapeSnippet('a\\b$c}d'), 'a\\\\b\\$c\\}d');
  });

  it('numbers mirrored stops once and variables stand in by name', () => {
    const builder = new SnippetBuilder().stop('a', 'x').text('-').stop('b').text('-').stop('a', 'x').variable('CURRENT_YEAR', 'YYYY');
    assert.equal(builder.snippet(), '${1:x}-${2}-${1:x}${CURRENT_YEAR}');
    assert.equal(builder.plainText(), 'x--xYYYY');
  });

  it('gives an entry that passes every rule once filled in', () => {
    const snippet = paperEntry(DEFAULT_SCHEMA, { number: 1, alphaxivLanguage: 'ko' }, '\n').snippet();
    const text = frontMatter() + fillSnippet(snippet, koreanFill) + '\n';
    assert.deepEqual(validateDigest(text, { fileName: '2025-10-31-daily-papers.md' }).diagnostics.map((d) => d.ruleId), []);
  });
});
