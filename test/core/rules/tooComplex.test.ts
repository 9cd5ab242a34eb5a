import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abandonedModel } from '../../../server/src/core/repeatedMarkup';
import { validateModel } from '../../../server/src/core/validate';
import { check, EXAMPLE, post } from '../../helpers';
import { tooComplex } from '../../../server/src/core/rules/tooComplex';

describe('too-complex', () => {
  it('says nothing about a post that was read', () => assert.deepEqual(check(tooComplex, EXAMPLE), []));

  it('is the only diagnostic of an abandoned post, at its first line, naming the line the repeated markup starts on', () => {
    const text = `${post([{}])}\n${'- '.repeat(10_000)}\n`;
    const { diagnostics } = validateModel(abandonedModel(text));
    assert.deepEqual(
      diagnostics.map(({ ruleId, severity, span, message }) => ({ ruleId, severity, span, message })),
      [
        {
          ruleId: 'too-complex',
          severity: 'warning',
          span: { start: 0, end: 0 },
          message: `This post takes too long to check; the part from line ${post([{}]).split('\n').length + 1} looks like repeated markup.`,
        },
      ],
    );
  });

  it('says only that the post takes too long when no markup is repeated, and follows the rule settings', () => {
    assert.deepEqual(
      validateModel(abandonedModel(EXAMPLE)).diagnostics.map((d) => d.message),
      ['This post takes too long to check.'],
    );
    assert.deepEqual(validateModel(abandonedModel(EXAMPLE), { rules: { 'too-complex': 'off' } }).diagnostics, []);
  });
});
