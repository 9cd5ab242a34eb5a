import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appendedEntry, newEntryFields, paperInsertion } from '../../../server/src/core/authoring/insertion';
import { applyEdits } from '../../../server/src/core/edits';
import { parseDigest } from '../../../server/src/core/parseDigest';
import { DEFAULT_SCHEMA } from '../../../server/src/core/schema';
import { validateDigest } from '../../../server/src/core/validate';
import { frontMatter, post } from '../../helpers';
import { fillSnippet, koreanFill } from '../../snippetFill';

const numbersOf = (text: string) => parseDigest(text).papers.map((paper) => paper.heading.number?.value);

describe('the number of a new paper', () => {
  it('comes after the last entry at the end of the post (after 3 comes 4)', () => {
    const text = post();
    assert.deepEqual(paperInsertion(parseDigest(text), text.length), { number: 4, renumberFollowing: [] });
  });

  it('continues from the entry before it when the numbers have gaps', () => {
    const text = post([{ number: 1 }, { number: 2 }, { number: 5 }]);
    assert.equal(paperInsertion(parseDigest(text), text.length).number, 6);
  });

  it('in the middle of the post takes the next number and renumbers the entries after it', () => {
    const text = post([{}, {}, {}, {}]);
    const at = text.indexOf('# 3.');
    const { number, renumberFollowing } = paperInsertion(parseDigest(text), at);
    assert.equal(number, 3);
    assert.deepEqual(numbersOf(applyEdits(text, renumberFollowing)), [1, 2, 4, 5]);
  });

  it('closes a gap after the insertion point', () => {
    const text = post([{ number: 1 }, { number: 2 }, { number: 4 }]);
    const { number, renumberFollowing } = paperInsertion(parseDigest(text), text.indexOf('# 2.'));
    assert.equal(number, 2);
    assert.deepEqual(numbersOf(applyEdits(text, renumberFollowing)), [1, 3, 4]);
  });

  it('is 1 in a post without papers, and before the first paper', () => {
    assert.equal(paperInsertion(parseDigest(frontMatter()), frontMatter().length).number, 1);
    assert.equal(paperInsertion(parseDigest(''), 0).number, 1);
    const text = post([{}, {}]);
    assert.equal(paperInsertion(parseDigest(text), text.indexOf('# 1.')).number, 1);
  });

  it('counts entries when the entry before has no number', () => {
    const text = post([{}, {}]).replace('# 2. [', '# [');
    assert.equal(paperInsertion(parseDigest(text), text.length).number, 3);
  });
});

describe('the alphaXiv line of a new paper', () => {
  it('follows the language the post uses, and is left out in posts without alphaXiv lines', () => {
    const english = post([{ alphaxiv: 'https://www.alphaxiv.org/overview/2510.26001' }]);
    assert.equal(newEntryFields(parseDigest(english), DEFAULT_SCHEMA, english.length).fields.alphaxivLanguage, '');
    const early = post([{ alphaxiv: false }]);
    assert.equal(newEntryFields(parseDigest(early), DEFAULT_SCHEMA, early.length).fields.alphaxivLanguage, undefined);
    assert.equal(newEntryFields(parseDigest(frontMatter()), DEFAULT_SCHEMA, 0).fields.alphaxivLanguage, 'ko');
  });
});

describe('an entry appended to the post', () => {
  const fill = (text: string, title?: string) => {
    const appended = appendedEntry(parseDigest(text), DEFAULT_SCHEMA, { title, id: title ? '2510.24992' : undefined });
    return applyEdits(text, [{ span: appended.span, newText: fillSnippet(appended.entry.snippet(), koreanFill) }]);
  };

  it('follows the last paper after one blank line, replacing trailing blank lines, and passes the rules once filled', () => {
    const text = `${post()}\n\n\n`;
    const result = fill(text, 'POWSM: A Phonetic Open Whisper-Style Speech Foundation Model');
    assert.match(
      result,
      /하였다\.\n\n# 4\. \[POWSM: A Phonetic Open Whisper-Style Speech Foundation Model\]\(https:\/\/arxiv\.org\/abs\/2510\.24992\)\n\n> \[Alphaxiv\]\(https:\/\/www\.alphaxiv\.org\/ko\/overview\/2510\.24992\)\n/,
    );
    assert.ok(result.endsWith('다.\n'));
    assert.deepEqual(
      validateDigest(result, { fileName: '2025-10-31-daily-papers.md' }).diagnostics.map((d) => d.ruleId),
      [],
    );
  });

  it('is paper 1 two blank lines after the front matter of an empty post', () => {
    const result = fill(frontMatter().trimEnd());
    assert.match(result, /^---\n[\s\S]*\n---\n\n\n# 1\. \[/);
  });

  it("keeps the document's CRLF line endings", () => {
    const text = post().replace(/\n/g, '\r\n');
    const result = fill(text, 'T');
    assert.doesNotMatch(result.replace(/\r\n/g, ''), /\n/);
  });
});
