import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sectionPlaceholder } from '../../../server/src/core/rules/sectionPlaceholder';
import { check, DEFAULT_SECTIONS, EXAMPLE, marked, post } from '../../helpers';

describe('section-placeholder', () => {
  it('accepts real text, even when it mentions 정보 부족', () => {
    assert.deepEqual(check(sectionPlaceholder, EXAMPLE), []);
    const text = post([
      {
        sections: DEFAULT_SECTIONS.map(([name, content]) => [
          name,
          name === 'Limitations' ? '세부 분석은 정보 부족으로 명확하지 않다.' : content,
        ]),
      },
    ]);
    assert.deepEqual(check(sectionPlaceholder, text), []);
  });
  it('flags a section that is only the placeholder, as a bullet too', () => {
    for (const placeholder of ['정보 부족.', '- 정보 부족']) {
      const text = post([
        { sections: DEFAULT_SECTIONS.map(([name, content]) => [name, name === 'Limitations' ? placeholder : content]) },
      ]);
      assert.deepEqual(marked(text, check(sectionPlaceholder, text)), [placeholder]);
    }
  });
});
