import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completionsAt, type AuthoringCompletion } from '../../../server/src/core/authoring/completions';
import type { TermCounts } from '../../../server/src/core/authoring/terms';
import { applyEdits } from '../../../server/src/core/edits';
import { parseDigest } from '../../../server/src/core/parseDigest';
import { DEFAULT_SCHEMA } from '../../../server/src/core/schema';
import { validateDigest } from '../../../server/src/core/validate';
import { DEFAULT_SECTIONS, frontMatter, post } from '../../helpers';
import { fillSnippet, koreanFill } from '../../snippetFill';

/** The text with `typed` and then `after` inserted at `at`, and the completions offered between them. */
function typeAt(text: string, at: number, typed: string, terms?: TermCounts, after = '') {
  const typedText = text.slice(0, at) + typed + after + text.slice(at);
  const offset = at + typed.length;
  return { text: typedText, items: completionsAt(parseDigest(typedText), offset, { schema: DEFAULT_SCHEMA, terms }) };
}

/** What the editor does on accept: the filled snippet replaces the item's range, additional edits apply too. */
function accept(text: string, item: AuthoringCompletion): string {
  return applyEdits(text, [
    { span: item.span, newText: fillSnippet(item.snippet, koreanFill) },
    ...(item.additionalEdits ?? []),
  ]);
}

const ruleIds = (text: string) =>
  validateDigest(text, { fileName: '2025-10-31-daily-papers.md' }).diagnostics.map((d) => d.ruleId);
const numbers = (text: string) => parseDigest(text).papers.map((paper) => paper.heading.number?.value);
const without = (name: string) => DEFAULT_SECTIONS.filter(([section]) => section !== name);

describe('the paper completion', () => {
  it('is not offered inside an entry, where it would split it', () => {
    const base = post();
    assert.deepEqual(typeAt(base, base.indexOf('## Results'), 'p', undefined, '\n').items, []);
    assert.deepEqual(typeAt(base, base.indexOf('## Results'), '', undefined, '\n').items, []);
  });

  it('offers paper 4 after entry 3 for a word typed at the start of a line, and the post stays valid', () => {
    const { text, items } = typeAt(`${post()}\n`, post().length + 1, 'pa');
    assert.deepEqual(
      items.map((item) => [item.label, item.kind, item.filterText, item.preselect]),
      [['paper', 'paper', 'paper', true]],
    );
    assert.match(items[0].detail, /^Paper 4:/);
    assert.equal(text.slice(items[0].span.start, items[0].span.end), 'pa');
    const accepted = accept(text, items[0]);
    assert.deepEqual(numbers(accepted), [1, 2, 3, 4]);
    assert.deepEqual(ruleIds(accepted), []);
  });

  it('in the middle of the post takes the next number and renumbers the papers after it', () => {
    const base = post();
    const { text, items } = typeAt(base, base.indexOf('# 2.'), 'paper', undefined, '\n\n');
    const accepted = accept(text, items[0]);
    assert.deepEqual(numbers(accepted), [1, 2, 3, 4]);
    assert.equal(parseDigest(accepted).papers[1].heading.title?.value, 'The Quest for Generalizable Motion Generation');
    assert.deepEqual(ruleIds(accepted), []);
  });

  it('keeps a blank line to the text above and below when typed right against it', () => {
    const base = post([{}, {}]);
    const at = base.indexOf('\n# 2.');
    const { text, items } = typeAt(base, at, '\np');
    const accepted = accept(text, items[0]);
    assert.match(accepted, /하였다\.\n\n# 2\. \[The Quest/);
    assert.match(accepted, /\n\n# 3\. \[Efficient Reasoning 2/);
    assert.deepEqual(ruleIds(accepted), []);
  });

  it('replaces the word on the very first line of a file', () => {
    const { items } = typeAt('\n# 1. [T](https://arxiv.org/abs/2510.00001)\n', 0, 'pa');
    assert.deepEqual(
      items.map((item) => [item.label, item.span]),
      [['paper', { start: 0, end: 2 }]],
    );
    assert.match(items[0].snippet, /^# 1\. /);
  });

  it('keeps the blank lines and the line endings of a CRLF post', () => {
    const base = post([{}, {}]).replace(/\n/g, '\r\n');
    const { text, items } = typeAt(base, base.indexOf('\r\n# 2.'), '\r\np');
    const accepted = accept(text, items[0]);
    assert.match(accepted, /하였다\.\r\n\r\n# 2\. \[The Quest[^\n]*\r\n\r\n> \[Alphaxiv\]/);
    assert.match(accepted, /\r\n\r\n# 3\. \[Efficient Reasoning 2/);
    assert.doesNotMatch(accepted.replace(/\r\n/g, ''), /[\r\n]/);
  });

  it('is paper 1 in a post with front matter only', () => {
    const { text, items } = typeAt(frontMatter(), frontMatter().length, 'p');
    assert.match(items[0].snippet, /^# 1\. \[\$\{1:Title\}\]/);
    assert.deepEqual(ruleIds(accept(text, items[0])), []);
  });

  it('comes with `#` typed at the start of a line, but not with `##` or inside prose', () => {
    const base = `${post()}\n`;
    assert.deepEqual(
      typeAt(base, base.length, '#').items.map((item) => [item.label, item.filterText]),
      [['paper', '# paper']],
    );
    assert.deepEqual(typeAt(base, base.length, '##').items, []);
    assert.deepEqual(typeAt(base, base.length, '본 연구는 p').items, []);
    assert.deepEqual(typeAt(base, base.length - 1, 'p').items.length, 1);
    assert.deepEqual(typeAt(base, base.indexOf('다섯 개'), 'p').items, [], 'text after the cursor on the line');
  });

  it('is not offered in or before the front matter', () => {
    const base = post();
    assert.deepEqual(typeAt(base, base.indexOf('layout'), 'p').items, []);
    assert.deepEqual(typeAt(`---\nlayout: post\n`, 17, 'p').items, [], 'front matter never closed');
  });
});

describe('section completions', () => {
  const base = post([{ sections: without('Results').filter(([name]) => name !== 'Limitations') }, {}]);

  it('offer the sections the entry lacks, in schema order, preselecting the one that belongs at the cursor', () => {
    const { items } = typeAt(base, base.indexOf('## Conclusion'), '##', undefined, '\n\n');
    assert.deepEqual(
      items.map((item) => [item.label, item.preselect ?? false]),
      [
        ['## Results', true],
        ['## Limitations', false],
      ],
    );
    assert.ok(items[0].sortText < items[1].sortText);
  });

  it('insert a heading the section rules accept once filled', () => {
    const { text, items } = typeAt(base, base.indexOf('## Conclusion'), '## R', undefined, '\n\n');
    const accepted = accept(text, items[0]);
    assert.match(accepted, /## Method\n[^\n]+\n\n## Results\n[^\n]+\n\n## Conclusion/);
    assert.deepEqual(
      ruleIds(accepted).filter((id) => id !== 'section-missing'),
      [],
    );
  });

  it('write the labelled section with its bullets', () => {
    const text = post([{ sections: without('Introduction') }]);
    const { items } = typeAt(text, text.indexOf('## Method'), '#', undefined, '\n\n');
    const introduction = items.find((item) => item.label === '## Introduction')!;
    assert.equal(introduction.snippet, '## Introduction\n- Goal: ${1}\n- Motivation: ${2}\n- Contribution: ${3}');
  });

  it('belong to the entry the cursor is in, not the next one split off by the `#` being typed', () => {
    const text = post([{ sections: without('Conclusion') }, {}]);
    const { items } = typeAt(text, text.indexOf('## Limitations'), '#', undefined, '\n\n');
    assert.deepEqual(
      items.map((item) => item.label),
      ['## Conclusion'],
    );
  });

  it('come with the paper entry between entries, where a new paper can go', () => {
    const text = post([{ sections: without('Conclusion') }, {}]);
    const { items } = typeAt(text, text.indexOf('# 2.'), '#', undefined, '\n\n');
    assert.deepEqual(
      items.map((item) => item.label),
      ['## Conclusion', 'paper'],
    );
  });
});

describe('bullet label completions', () => {
  const base = post([{ sections: [['Introduction', '* Goal: 목표를 제시한다.'], ...without('Introduction')] }]);
  const afterGoal = base.indexOf('제시한다.') + '제시한다.'.length;

  it('offer the labels Introduction lacks, in order, with the marker the author typed', () => {
    const { text, items } = typeAt(base, afterGoal, '\n*');
    assert.deepEqual(
      items.map((item) => [item.label, item.text, item.preselect ?? false]),
      [
        ['* Motivation:', '* Motivation: ', true],
        ['* Contribution:', '* Contribution: ', false],
      ],
    );
    assert.equal(text.slice(items[0].span.start, items[0].span.end), '*');
  });

  it('are not offered outside Introduction', () => {
    assert.deepEqual(typeAt(base, base.indexOf('## Results'), '- ', undefined, '\n').items, []);
  });

  it('come with the other completions on an empty line inside Introduction, first and preselected', () => {
    const { items } = typeAt(base, afterGoal, '\n');
    assert.deepEqual(
      items.map((item) => item.label),
      ['- Motivation:', '- Contribution:'],
    );
    assert.deepEqual(
      items.filter((item) => item.preselect).map((item) => item.label),
      ['- Motivation:'],
    );
  });
});

describe('the alphaXiv completion', () => {
  it("writes the line with the entry's arXiv id in the post's language", () => {
    const base = post([{}, { alphaxiv: false }]);
    const at = base.indexOf('\n', base.indexOf('# 2.')) + 1;
    const { text, items } = typeAt(base, at, '\n>');
    assert.deepEqual(
      items.map((item) => item.text),
      ['> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2510.26002)'],
    );
    assert.deepEqual(ruleIds(accept(text, items[0])), []);
  });

  it('is not offered when the entry has its line already', () => {
    const base = post();
    const at = base.indexOf('\n', base.indexOf('# 2.')) + 1;
    assert.deepEqual(typeAt(base, at, '>').items, []);
  });
});

describe('tag and category completions', () => {
  const terms: TermCounts = {
    tags: new Map([
      ['papers', 60],
      ['hugginface', 56],
      ['arxiv', 4],
      ['ai', 4],
    ]),
    categories: new Map([['research', 2]]),
  };

  it("offer the workspace's tags the post does not use yet, most used first", () => {
    const base = post([{}], { tags: '[papers, ]' });
    const { items } = typeAt(base, base.indexOf('papers, ') + 8, 'a', terms);
    assert.deepEqual(
      items.map((item) => [item.label, item.detail]),
      [
        ['hugginface', 'tags: used in 56 posts'],
        ['ai', 'tags: used in 4 posts'],
        ['arxiv', 'tags: used in 4 posts'],
      ],
    );
    assert.equal(items[0].span.end - items[0].span.start, 1, 'replaces the word typed so far');
  });

  it('write a list when the field is still empty, and offer categories under categories', () => {
    const base = post([{}], { categories: '' });
    const at = base.indexOf('categories:') + 'categories:'.length;
    const { items } = typeAt(base, at, ' ', terms);
    assert.deepEqual(
      items.map((item) => item.text),
      ['[research]'],
    );
  });

  it('are not offered in other fields', () => {
    const base = post();
    assert.deepEqual(typeAt(base, base.indexOf('08:15'), '', terms).items, []);
  });
});
