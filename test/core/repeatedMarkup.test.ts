import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abandonedModel, longestMarkupRun } from '../../server/src/core/repeatedMarkup';
import { EXAMPLE, post } from '../helpers';

/** The text of the longest run. */
function runOf(text: string): string | undefined {
  const run = longestMarkupRun(text);
  return run && text.slice(run.span.start, run.span.end);
}

describe('longestMarkupRun', () => {
  for (const unit of ['> - ', '- ', '*a', '_a_ ', '[', '|', '<', '> > - ', '1. ', '|---']) {
    it(`finds ${JSON.stringify(unit)} repeated inside a post, from its first character`, () => {
      const repeated = unit.repeat(2000);
      const text = `${post([{}])}\n## Method\n${repeated}\n\n${post([{}, {}])}`;
      const run = longestMarkupRun(text)!;
      assert.equal(run.span.start, text.indexOf(repeated));
      assert.ok(run.markup >= 2000, `${run.markup} markup characters`);
    });
  }

  it('finds a random mixture of openers, on one line or many', () => {
    const mixture = Array.from(
      { length: 3000 },
      (_, i) => ['- ', '> ', '*', '_', '[', '|', '<', '\n'][(i * 7919) % 8],
    ).join('');
    assert.equal(runOf(`본문 첫 줄이다.\n${mixture}끝 문장이다.`), mixture.trimEnd());
  });

  it('finds only short runs in a real post: prose, titles and URLs break them', () => {
    const run = longestMarkupRun(EXAMPLE)!;
    assert.ok(run.markup < 20, `${run.markup}: ${runOf(EXAMPLE)}`);
  });

  it('finds nothing in text without markup', () => {
    assert.equal(longestMarkupRun('마크업이 없는 문장이다 plain words only'), undefined);
    assert.equal(longestMarkupRun(''), undefined);
  });
});

describe('abandonedModel', () => {
  it('names the repeated markup as the likely cause', () => {
    const text = `${post([{}])}${'> - '.repeat(10_000)}\n`;
    const model = abandonedModel(text);
    assert.deepEqual(model.papers, []);
    assert.equal(model.tooComplex?.repeatedMarkup?.start, post([{}]).length);
  });

  it('names no cause when no markup is repeated much', () => {
    assert.deepEqual(abandonedModel(EXAMPLE).tooComplex, { repeatedMarkup: undefined });
  });
});
