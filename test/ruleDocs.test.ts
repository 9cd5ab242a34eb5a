import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { RULES } from '../server/src/core/rules';
import { REPO, RULE_DOCS, ruleDocFiles } from '../scripts/ruleDocs';

describe('what the rule list documents', () => {
  const files = ruleDocFiles();

  for (const [file, text] of files) {
    it(`${file} is what the rules write (run \`npm run rules\` after changing a rule)`, () => {
      assert.ok(existsSync(join(REPO, file)), `${file} is missing`);
      assert.equal(readFileSync(join(REPO, file), 'utf8'), text);
    });
  }

  it(`${RULE_DOCS}/ holds a page for each rule and nothing else`, () => {
    assert.deepEqual(readdirSync(join(REPO, RULE_DOCS)).sort(), RULES.map((rule) => `${rule.id}.md`).sort());
  });
});
