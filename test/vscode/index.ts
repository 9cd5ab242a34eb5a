/**
 * Mocha entry for the `vscode`-API integration suite (the extensionTestsPath the VS Code host loads).
 *
 * Bundled by scripts/build-vscode-tests.mjs to out/test/vscode/index.js; every `*.test.js` beside it
 * (from test/vscode/*.test.ts) is loaded. TDD UI (`suite` / `test` / `suiteSetup` …), 60 s per test.
 * Run it with scripts/test-vscode-host.sh (real VS Code in code-server, see scripts/vscode-host.mjs).
 * Set PAPER_DIGEST_TEST_GREP to run only the tests whose full title matches that pattern.
 */
import * as fs from 'fs';
import * as path from 'path';
import { format } from 'util';

// mocha@10 is CommonJS (mocha 12 is ESM-only); kept external by the bundler.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof import('mocha') = require('mocha');

export function run(): Promise<void> {
  // The extension host forwards console output to the test runner one call at a time and does not
  // apply printf-style formatting: hand it ready-made lines.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));

  const mocha = new Mocha({
    ui: 'tdd',
    timeout: 60_000,
    color: false,
    reporter: 'spec',
    grep: process.env.PAPER_DIGEST_TEST_GREP || undefined,
  });

  const dir = __dirname;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files in ${dir}`));
  for (const f of files) mocha.addFile(path.join(dir, f));

  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} test${failures === 1 ? '' : 's'} failed.`));
        else if (!runner.stats || runner.stats.tests === 0) reject(new Error('no tests ran (check PAPER_DIGEST_TEST_GREP)'));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
