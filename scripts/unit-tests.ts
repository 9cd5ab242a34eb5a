// Runs the test files given on the command line in this one process: the fast tier (`npm run test:unit`). The
// sources are transpiled and loaded once, where a process per file spends most of its time doing that again.
import { resolve } from 'node:path';

void (async () => {
  for (const file of process.argv.slice(2)) await import(resolve(file));
})();
