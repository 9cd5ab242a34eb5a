#!/usr/bin/env node
// `npm run test:e2e`: the end-to-end UI suite (test/e2e/*.test.ts) on a fresh machine. Installs the
// VS Code host (scripts/code-server-setup.sh, cached), packages the extension (`npm run package`, the
// production build), then runs the suite with mocha, which installs that .vsix into code-server and
// drives the workbench in headless Chromium. Prints mocha's "N passing / N failing"; exit code = verdict.
// Screenshots: test/e2e/screenshots/; host logs: .tmp/e2e-logs/.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const vsix = join(repo, `${manifest.name}-${manifest.version}.vsix`);

function run(what, command, args, options = {}) {
  const { status, error } = spawnSync(command, args, {
    cwd: repo,
    stdio: ['ignore', 'inherit', 'inherit'],
    ...options,
  });
  if (status !== 0) {
    console.error(`test-e2e: ${what} failed (${error?.message ?? `exit ${status}`})`);
    process.exit(1);
  }
}

// Output of the setup and the packaging goes to stderr: stdout carries the test report only.
run('setting up the VS Code host', 'bash', ['scripts/code-server-setup.sh'], { stdio: ['ignore', 2, 'inherit'] });
run('npm run package', 'npm', ['run', '--silent', 'package', '--', '--out', vsix], { stdio: ['ignore', 2, 'inherit'] });

rmSync(join(repo, 'test/e2e/screenshots'), { recursive: true, force: true }); // what CI keeps is this run's
const suites = readdirSync(join(repo, 'test/e2e'))
  .filter((file) => file.endsWith('.test.ts'))
  .sort()
  .map((file) => join('test/e2e', file));
const mocha = spawnSync(
  process.execPath,
  [
    '--import',
    'tsx',
    join(repo, 'node_modules/mocha/bin/mocha.js'),
    '--ui',
    'tdd',
    '--reporter',
    'spec',
    '--no-color',
    '--timeout',
    '120000',
    '--slow',
    '1',
    ...suites,
  ],
  { cwd: repo, stdio: 'inherit', env: { ...process.env, PAPER_DIGEST_VSIX: vsix } },
);
process.exitCode = mocha.status ?? 1;
