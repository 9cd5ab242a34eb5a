// What the CLI tests share: the built CLI run in a folder, and a post its fixes change.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ENGLISH_ENV, post, REPO } from '../helpers';

export const CLI = join(REPO, 'dist/cli.js');

/** A post the fixes change: paper 2 numbered 7. */
export const FIXABLE = post([{ number: 1 }, { number: 7 }], {
  date: '2025-11-03 08:15:00',
  title: '"Daily Papers — 2025-11-03"',
});

/** Runs `node dist/cli.js …args` in `cwd` with English messages; `timeout` ends one that hangs (signal SIGTERM). */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, timeout?: number) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...ENGLISH_ENV, ...env },
    timeout,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}
