import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { paperNumbering } from '../../../server/src/core/rules/paperNumbering';
import { check, EXAMPLE, fixFirst, marked, post } from '../../helpers';

describe('paper-numbering', () => {
  it('accepts 1, 2, 3', () => assert.deepEqual(check(paperNumbering, EXAMPLE), []));
  it('flags the entry numbered out of place, and renumbers all', () => {
    const text = post([{ number: 1 }, { number: 3 }, { number: 3 }, { number: 5 }]);
    assert.deepEqual(marked(text, check(paperNumbering, text)), ['3', '5']);
    const fixed = fixFirst(paperNumbering, text);
    assert.deepEqual(
      [...fixed.matchAll(/^# (\d+)\./gm)].map((m) => m[1]),
      ['1', '2', '3', '4'],
    );
    assert.deepEqual(check(paperNumbering, fixed), []);
  });
  it('renumbers from 1 when the post starts at 0', () => {
    const fixed = fixFirst(paperNumbering, post([{ number: 0 }, { number: 1 }]));
    assert.deepEqual(
      [...fixed.matchAll(/^# (\d+)\./gm)].map((m) => m[1]),
      ['1', '2'],
    );
  });
});
