import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frontmatterTitle } from '../../../server/src/core/rules/frontmatterTitle';
import { check, EXAMPLE, fixFirst, marked, post } from '../../helpers';

/** A field value that leaves the field out. */
const NO = '\u0000';

describe('frontmatter-title', () => {
  it('accepts the digest title', () => assert.deepEqual(check(frontmatterTitle, EXAMPLE), []));
  it('flags the stray quote of the early posts and quotes the title properly', () => {
    const text = post([{}], { title: 'Daily Papers — 2025-10-31"' });
    const findings = check(frontmatterTitle, text);
    assert.match(findings[0].message, /stray quote/);
    assert.match(fixFirst(frontmatterTitle, text), /\ntitle: "Daily Papers — 2025-10-31"\n/);
  });
  it('flags another title and proposes one from the date field', () => {
    const text = post([{}], { title: '"논문 정리"' });
    assert.deepEqual(marked(text, check(frontmatterTitle, text)), ['"논문 정리"']);
    assert.match(fixFirst(frontmatterTitle, text), /\ntitle: "Daily Papers — 2025-10-31"\n/);
  });
  it('adds a missing title', () => {
    const fixed = fixFirst(frontmatterTitle, post([{}], { title: NO }));
    assert.deepEqual(check(frontmatterTitle, fixed), []);
  });
});
