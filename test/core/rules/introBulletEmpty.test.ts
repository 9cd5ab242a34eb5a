import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { introBulletEmpty } from '../../../server/src/core/rules/introBulletEmpty';
import { check, DEFAULT_SECTIONS, EXAMPLE, marked, post } from '../../helpers';

describe('intro-bullet-empty', () => {
  it('accepts bullets with text', () => assert.deepEqual(check(introBulletEmpty, EXAMPLE), []));
  it('flags a label with nothing after it', () => {
    const text = post([
      {
        sections: [
          ['Introduction', '- Goal: 목표이다.\n- Motivation:\n- Contribution: 기여이다.'],
          ...DEFAULT_SECTIONS.slice(1),
        ],
      },
    ]);
    assert.deepEqual(marked(text, check(introBulletEmpty, text)), ['Motivation']);
  });
});
