import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULES } from '../../../server/src/core/rules';
import { checkExample } from '../../ruleExamples';

describe("the rules' documented examples", () => {
  for (const rule of RULES) {
    it(`${rule.id}: flags each invalid example and accepts each valid one`, () => {
      assert.ok(rule.examples.invalid.length > 0 && rule.examples.valid.length > 0, 'at least one example of each');
      for (const example of rule.examples.invalid) assert.notDeepEqual(checkExample(rule, example), [], example.text);
      for (const example of rule.examples.valid)
        assert.deepEqual(
          checkExample(rule, example).map((d) => d.message),
          [],
          example.text,
        );
    });
  }
});
