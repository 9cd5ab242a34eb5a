#!/usr/bin/env node
// Bundle the `vscode`-API integration suite for the VS Code host (scripts/test-vscode-host.sh):
//   node scripts/build-vscode-tests.mjs          the Node extension host (the desktop's):
//     test/vscode/index.ts    → out/test/vscode/index.js   (mocha entry, `run()`)
//     test/vscode/*.test.ts   → out/test/vscode/*.test.js  (one bundle per suite file, but the *.web.test.ts)
//     CommonJS for Node 20; `vscode` is provided by the extension host, `mocha` is loaded from node_modules at run
//     time (mocha@10 does not bundle cleanly for Node).
//   node scripts/build-vscode-tests.mjs --web    the web worker extension host (github.dev, vscode.dev):
//     test/vscode/web/index.ts + every test/vscode/*.test.ts → out/test/web/index.js, one self-contained browser
//     bundle (mocha's browser build, the npm `assert`): the host gives it nothing but `vscode`. An import of
//     test/vscode/host/X takes X.web.ts there, where the host cannot do what X does (run the CLI).
// Quiet unless something is wrong.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { noNodeBuiltins } from './noNodeBuiltins.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(repo, 'test', 'vscode');
const web = process.argv.includes('--web');
const outDir = path.join(repo, 'out', 'test', web ? 'web' : 'vscode');

const suites = fs
  .readdirSync(srcDir)
  .filter((f) => f.endsWith('.test.ts'))
  .sort();

// Start clean: a deleted suite file must not keep running from a stale bundle.
fs.rmSync(outDir, { recursive: true, force: true });

async function buildForNode() {
  await build({
    entryPoints: ['index.ts', ...suites.filter((f) => !f.endsWith('.web.test.ts'))].map((f) => path.join(srcDir, f)),
    outdir: outDir,
    outbase: srcDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    sourcemap: 'linked',
    logLevel: 'warning',
    absWorkingDir: repo,
  });
}

async function buildForWebWorker() {
  const load = suites.map((f) => `require(${JSON.stringify(`./${f}`)});`).join('\n');
  await build({
    stdin: {
      contents: `import { run as runSuites } from './web/index';\nexport const run = () => runSuites(() => {\n${load}\n});\n`,
      resolveDir: srcDir,
      sourcefile: 'web-entry.ts',
      loader: 'ts',
    },
    outfile: path.join(outDir, 'index.js'),
    bundle: true,
    platform: 'browser',
    conditions: ['worker'],
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    // What the npm `assert` and `util` read of Node's `process` (no terminal here), and the grep of the run.
    define: {
      'process.env.NODE_DEBUG': 'false',
      'process.stderr': 'undefined',
      'process.emitWarning': 'undefined',
      'process.env.PAPER_DIGEST_TEST_GREP': JSON.stringify(process.env.PAPER_DIGEST_TEST_GREP ?? ''),
    },
    plugins: [webHostVariants, noNodeBuiltins({ allowed: ['assert', 'util', 'util/'] })],
    sourcemap: 'inline',
    logLevel: 'warning',
    absWorkingDir: repo,
  });
}

/** test/vscode/host/X → test/vscode/host/X.web.ts when there is one. */
const webHostVariants = {
  name: 'web-host-variants',
  setup(builder) {
    builder.onResolve({ filter: /\/host\/[^/]+$/ }, ({ path: request, resolveDir }) => {
      const variant = path.join(resolveDir, `${request}.web.ts`);
      return fs.existsSync(variant) ? { path: variant } : undefined;
    });
  },
};

if (web) await buildForWebWorker();
else await buildForNode();
