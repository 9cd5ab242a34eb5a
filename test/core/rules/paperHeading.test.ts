import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits } from '../../../server/src/core/edits';
import { parseDigest } from '../../../server/src/core/parseDigest';
import { renumberPapers } from '../../../server/src/core/renumberPapers';
import { paperHeading } from '../../../server/src/core/rules/paperHeading';
import { check, EXAMPLE, fixFirst, frontMatter, marked, paper, post } from '../../helpers';

describe('paper-heading', () => {
  it('accepts the example post', () => assert.deepEqual(check(paperHeading, EXAMPLE), []));
  it('flags a level-3 heading and fixes its level', () => {
    const text = frontMatter() + paper().replace(/^# /, '### ');
    assert.deepEqual(marked(text, check(paperHeading, text)), ['###']);
    assert.match(fixFirst(paperHeading, text), /\n# 1\. \[/);
  });
  it('flags a missing number and inserts it', () => {
    const text = post([{}, {}]).replace('# 2. [', '# [');
    const fixed = fixFirst(paperHeading, text);
    assert.match(fixed, /\n# 2\. \[Efficient/);
    assert.deepEqual(check(paperHeading, fixed), []);
  });
  it('flags a title without link (a half-typed heading)', () => {
    const text = frontMatter() + '# 1. [Efficient Reasoning\n\n## Introduction\n';
    assert.match(check(paperHeading, text)[0].message, /not linked to arXiv/);
  });
  it('rewrites a pdf link to the abstract link', () => {
    const text = post([{}]).replace('https://arxiv.org/abs/2510.26001', 'https://arxiv.org/pdf/2510.26001');
    assert.deepEqual(marked(text, check(paperHeading, text)), ['https://arxiv.org/pdf/2510.26001']);
    assert.match(fixFirst(paperHeading, text), /\]\(https:\/\/arxiv\.org\/abs\/2510\.26001\)/);
  });
  it('flags a link to another site without a fix', () => {
    const text = post([{}]).replace('https://arxiv.org/abs/2510.26001', 'https://huggingface.co/papers/2510.26001');
    assert.deepEqual(check(paperHeading, text)[0].fixes, []);
  });
  it('flags text after the link', () => {
    const text = post([{}]).replace(
      '(https://arxiv.org/abs/2510.26001)',
      '(https://arxiv.org/abs/2510.26001) (ICLR 2026)',
    );
    assert.deepEqual(marked(text, check(paperHeading, text)), [' (ICLR 2026)']);
  });
  it('numbers a bare `#` heading with the space a heading needs, so it stays a heading', () => {
    const text = `${post([{}])}\n#\n`;
    const numbering = check(paperHeading, text).find((finding) => /number/.test(finding.message))!;
    const fixed = applyEdits(text, numbering.fixes![0].edits);
    assert.match(fixed, /\n# 2\. \n$/);
    assert.deepEqual(
      renumberPapers(parseDigest(text)).map((edit) => edit.newText),
      [' 2. '],
    );
  });
});
