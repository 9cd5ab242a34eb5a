import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from './helpers';

const readme = readFileSync(join(REPO, 'README.md'), 'utf8');

describe('README', () => {
  it('names the test command .ci/run calls', () => {
    const ci = readFileSync(join(REPO, '.ci/run'), 'utf8');
    const testCommand = ci.trim().split('\n').at(-1)!;
    assert.ok(readme.includes(`\`\`\`sh\n${testCommand}\n\`\`\``), testCommand);
  });
});
