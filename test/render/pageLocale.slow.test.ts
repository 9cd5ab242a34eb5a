import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';

describe('the page around the post, on a machine whose locale is Korean', () => {
  it('dates the post in English, as Jekyll does: the page tests that print a date pass in a Korean locale', () => {
    const pattern = '--test-name-pattern=al-folio|built-in theme in an untrusted';
    const { NODE_TEST_CONTEXT: _, ...env } = process.env;
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=tap', pattern, join(__dirname, 'page.test.ts')],
      {
        env: { ...env, LC_ALL: 'ko_KR.UTF-8', LANG: 'ko_KR.UTF-8' },
        encoding: 'utf8',
      },
    );
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /# pass 2\b/);
  });
});
