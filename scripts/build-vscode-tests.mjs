#!/usr/bin/env node
// Bundle the `vscode`-API integration suite for the VS Code host (scripts/test-vscode-host.sh):
//   test/vscode/index.ts    → out/test/vscode/index.js   (mocha entry, `run()`)
//   test/vscode/*.test.ts   → out/test/vscode/*.test.js  (one bundle per suite file)
// CommonJS for Node 20; `vscode` is provided by the extension host, `mocha` is loaded from
// node_modules at run time (mocha@10 does not bundle cleanly). Quiet unless something is wrong.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(repo, 'test', 'vscode');
const outDir = path.join(repo, 'out', 'test', 'vscode');

const entryPoints = fs.readdirSync(srcDir)
  .filter((f) => f === 'index.ts' || f.endsWith('.test.ts'))
  .sort()
  .map((f) => path.join(srcDir, f));
if (!entryPoints.some((f) => f.endsWith('index.ts'))) throw new Error(`missing ${srcDir}/index.ts`);

// Start clean: a deleted suite file must not keep running from a stale bundle.
fs.rmSync(outDir, { recursive: true, force: true });

await build({
  entryPoints,
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
