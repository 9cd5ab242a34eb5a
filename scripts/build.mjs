// Bundles the extension client, the language server and the CLI into dist/ (CommonJS, for VS Code's extension host and
// Node), and the preview webview's script and stylesheet (for the browser).
import { build } from 'esbuild';

const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  external: ['vscode'],
  // css-tree's own modules read their data through createRequire(import.meta.url), which a CommonJS bundle lacks;
  // its self-contained build has the data inside.
  alias: { 'css-tree': 'css-tree/dist/csstree.esm' },
};

/**
 * The server loads the renderer (sass alone is 6 MB of code) on the first preview, from its own bundle beside the
 * server's: code a server never runs would still cost its memory as source text.
 */
const rendererApart = {
  name: 'renderer-apart',
  setup(build) {
    build.onResolve({ filter: /^(\.\.\/)+render$/ }, ({ kind }) => (kind === 'dynamic-import' ? { path: './render.js', external: true } : undefined));
  },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' }),
  build({ ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js', plugins: [rendererApart] }),
  build({ ...common, entryPoints: ['server/src/render/index.ts'], outfile: 'dist/render.js' }),
  build({ ...common, entryPoints: ['server/src/workspace/summaryWorker.ts'], outfile: 'dist/summaryWorker.js' }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, platform: 'browser', format: 'iife', target: 'chrome114', entryPoints: ['client/preview-src/main.ts'], outfile: 'dist/preview.js' }),
  build({ ...common, platform: 'browser', entryPoints: ['client/preview-src/preview.css'], outfile: 'dist/preview.css' }),
]);
