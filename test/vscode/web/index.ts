/**
 * Mocha entry for the `vscode`-API integration suite in the web worker extension host (github.dev, vscode.dev).
 *
 * The host fetches the bundle (out/test/web/index.js, by scripts/build-vscode-tests.mjs --web), runs it as a CommonJS
 * module and gives it `vscode` alone: mocha's browser build and everything else are bundled in.
 */
import 'mocha/mocha.js';
import { MOCHA_OPTIONS, runToEnd } from '../mochaRun';

/** Registers the suites (`loadSuites` requires every test file) and runs them. */
export function run(loadSuites: () => void): Promise<void> {
  mocha.setup(MOCHA_OPTIONS);
  loadSuites();
  return runToEnd(mocha, Mocha.reporters);
}
