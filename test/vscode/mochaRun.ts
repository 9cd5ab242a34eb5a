import { format } from 'util';
import type Mocha from 'mocha';

/** Both hosts' suites: TDD UI (`suite` / `test` / `suiteSetup` …), 60 s per test, only the titles PAPER_DIGEST_TEST_GREP matches. */
export const MOCHA_OPTIONS: Mocha.MochaOptions = {
  ui: 'tdd',
  timeout: 60_000,
  color: false,
  reporter: 'spec',
  grep: process.env.PAPER_DIGEST_TEST_GREP || undefined,
};

/**
 * Runs the suites mocha holds; rejects when one fails or none ran. The extension host forwards console output to the
 * test runner one call at a time and does not apply printf-style formatting: the reporter hands it ready-made lines.
 */
export function runToEnd(mocha: Mocha, reporters: typeof Mocha.reporters): Promise<void> {
  reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  return new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} test${failures === 1 ? '' : 's'} failed.`));
        else if (!runner.stats || runner.stats.tests === 0)
          reject(new Error('no tests ran (check PAPER_DIGEST_TEST_GREP)'));
        else resolve();
      });
    } catch (err) {
      reject(err);
    }
  });
}
