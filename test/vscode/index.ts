/**
 * Mocha entry for the `vscode`-API integration suite in the Node extension host (the extensionTestsPath it loads).
 *
 * Bundled by scripts/build-vscode-tests.mjs to out/test/vscode/index.js; every `*.test.js` beside it
 * (from test/vscode/*.test.ts) is loaded. The web worker host has its own entry, test/vscode/web/index.ts.
 * Run it with scripts/test-vscode-host.sh (real VS Code in code-server, see scripts/vscode-host.mjs).
 */
import * as fs from 'fs';
import * as path from 'path';
import { MOCHA_OPTIONS, runToEnd } from './mochaRun';

// mocha@10 is CommonJS (mocha 12 is ESM-only); kept external by the bundler.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const Mocha: typeof import('mocha') = require('mocha');

export function run(): Promise<void> {
  const mocha = new Mocha(MOCHA_OPTIONS);
  const dir = __dirname;
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js files in ${dir}`));
  for (const f of files) mocha.addFile(path.join(dir, f));
  return runToEnd(mocha, Mocha.reporters);
}
