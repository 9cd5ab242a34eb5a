import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sectionEmpty } from '../../../server/src/core/rules/sectionEmpty';
import { check, DEFAULT_SECTIONS, EXAMPLE, marked, post } from '../../helpers';

describe('section-empty', () => {
  it('accepts sections with text', () => assert.deepEqual(check(sectionEmpty, EXAMPLE), []));
  it('flags a heading with nothing under it', () => {
    const text = post([
      { sections: DEFAULT_SECTIONS.map(([name, content]) => [name, name === 'Limitations' ? '' : content]) },
    ]);
    assert.deepEqual(marked(text, check(sectionEmpty, text)), ['Limitations']);
  });
});
