// Bundles the extension client, the language server and the CLI into dist/ (CommonJS, for VS Code's extension host and
// Node); the client and the language server for the web worker extension host (github.dev, vscode.dev) into dist/web/,
// with no Node built-in in them (the build fails on one); the renderer once for both (dist/render.js, and Sass beside
// it, dist/sass.js); the CLI's render
// worker, with the published page's part of the renderer built for Node in it; and the preview webview's script and
// stylesheet (for the browser).
//   node scripts/build.mjs [--production] [--watch]
// --watch rebuilds every bundle on each change of its sources and keeps running (`npm run watch`).
import { context, formatMessages } from 'esbuild';
import { watch as watchFolder } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { noNodeBuiltins } from './noNodeBuiltins.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  logLevel: watch ? 'silent' : 'warning',
  external: ['vscode'],
  alias: {
    // css-tree's own modules read their data through createRequire(import.meta.url), which a CommonJS bundle lacks;
    // its self-contained build has the data inside.
    'css-tree': 'css-tree/dist/csstree.esm',
    // jsonc-parser's `main` is a UMD build whose requires esbuild cannot follow; its ES module build bundles.
    'jsonc-parser': 'jsonc-parser/lib/esm/main.js',
  },
};

/** `require(path)` calls whose path matches `filter` load `bundle`, a bundle of its own beside the one being built. */
function requiredApart(filter, bundle) {
  return {
    name: `${bundle}-apart`,
    setup(build) {
      build.onResolve({ filter }, ({ kind }) =>
        kind === 'require-call' ? { path: bundle, external: true } : undefined,
      );
    },
  };
}

/**
 * The server loads the renderer (sass alone is 6 MB of code) on the first preview, from its own bundle beside the
 * server's: code a server never runs would still cost its memory as source text.
 */
const rendererApart = requiredApart(/^(\.\.\/)+render$/, './render.js');

/** Sass is a bundle of its own beside the renderer's (dist/sass.js), which only the preview's site job loads. */
const sassApart = requiredApart(/^\.\/sassCompiler$/, './sass.js');

/** The CLI checks a single file in its own thread with the parser's bundle, which no other run of it loads. */
const fileJobsApart = requiredApart(/^\.\/fileJobsInThread$/, './fileJobsInThread.js');

/**
 * The CLI's own bundle parses nothing (its workers and dist/fileJobsInThread.js do): the YAML library, a CommonJS package
 * esbuild must otherwise keep whole once the front matter module is reached, is declared free of side effects so that
 * it is left out.
 */
const parserApart = {
  name: 'parser-apart',
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, async ({ path, resolveDir, kind, pluginData }) => {
      if (pluginData === 'parser-apart') return undefined;
      const resolved = await build.resolve(path, { resolveDir, kind, pluginData: 'parser-apart' });
      return { path: resolved.path, sideEffects: false };
    });
  },
};

/** For web workers (the web extension host, the language server's worker): no Node.js, and no DOM either. */
const web = { ...common, platform: 'browser', target: 'es2022', conditions: ['worker'] };
/** The web worker's server: the workspace's paths are POSIX there (vscode-uri `fsPath`s of virtual folders). */
const webServer = { ...web, plugins: [noNodeBuiltins({ substitutes: { 'node:path': 'path-browserify' } })] };

/**
 * The renderer, loaded by the desktop's server with `require` and by the web worker's with `importScripts` (sass is
 * most of the package: one copy). The libraries' browser builds run in Node too; of Node it asks only `node:path` and
 * `node:crypto`, which the web worker gives it (server/src/lsp/browser/rendererModules.ts).
 */
const renderer = {
  ...web,
  format: 'iife',
  globalName: 'paperDigestRenderer',
  footer: { js: "if (typeof module === 'object') module.exports = paperDigestRenderer;" },
  external: ['node:path', 'node:crypto'],
  plugins: [noNodeBuiltins({ allowed: ['node:path', 'node:crypto'] }), sassApart],
};

/** Sass for the renderer, loaded the same two ways (see sassCompiler.ts). */
const sassCompiler = {
  ...web,
  format: 'iife',
  globalName: 'paperDigestSass',
  footer: { js: "if (typeof module === 'object') module.exports = paperDigestSass;" },
  plugins: [noNodeBuiltins()],
};

/** KaTeX's stylesheet names each font in woff2, woff and ttf; the webview (Chromium) loads the first, the only one shipped. */
const woff2Only = {
  name: 'woff2-only',
  setup(build) {
    build.onLoad({ filter: /katex\.css$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replace(
        /,\s*url\([^)]*\.(?:woff|ttf)\) format\("(?:woff|truetype)"\)/g,
        '',
      ),
      loader: 'css',
    }));
  },
};

/** The preview's formula typesetter, loaded by the webview when a post has a formula: KaTeX and its fonts. */
const mathTypesetter = [
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
    entryPoints: ['client/preview-src/math/typeset.ts'],
    outfile: 'dist/math.js',
  },
  {
    ...common,
    platform: 'browser',
    entryPoints: ['client/preview-src/math/math.css'],
    outfile: 'dist/math.css',
    loader: { '.woff2': 'file' },
    assetNames: 'math-fonts/[name]',
    plugins: [woff2Only],
  },
];

const bundles = [
  { ...common, entryPoints: ['client/src/node/extension.ts'], outfile: 'dist/client.js' },
  { ...common, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js', plugins: [rendererApart] },
  { ...renderer, entryPoints: ['server/src/render/index.ts'], outfile: 'dist/render.js' },
  { ...sassCompiler, entryPoints: ['server/src/render/site/sassCompiler.ts'], outfile: 'dist/sass.js' },
  {
    ...web,
    entryPoints: ['client/src/browser/extension.ts'],
    outfile: 'dist/web/client.js',
    plugins: [noNodeBuiltins()],
  },
  { ...webServer, format: 'iife', entryPoints: ['server/src/lsp/browser/server.ts'], outfile: 'dist/web/server.js' },
  { ...common, entryPoints: ['server/src/jobs/jobWorker.ts'], outfile: 'dist/jobWorker.js', plugins: [rendererApart] },
  {
    ...common,
    entryPoints: ['server/src/jobs/previewWorker.ts'],
    outfile: 'dist/previewWorker.js',
    plugins: [rendererApart],
  },
  // Only the npm package ships them (not the .vsix): the renderer bundled for Node runs pages with a third less CPU. The
  // worker's entry loads the jobs' bundle with its compiled code kept between runs.
  { ...common, entryPoints: ['server/src/cli/renderWorker.ts'], outfile: 'dist/renderWorker.js' },
  { ...common, entryPoints: ['server/src/jobs/renderPages.ts'], outfile: 'dist/renderPages.js' },
  {
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [rendererApart, fileJobsApart, parserApart],
  },
  // Only the npm package ships it too: a single-file run of the CLI checks in its own thread with it.
  { ...common, entryPoints: ['server/src/cli/fileJobsInThread.ts'], outfile: 'dist/fileJobsInThread.js' },
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'chrome114',
    entryPoints: ['client/preview-src/main.ts'],
    outfile: 'dist/preview.js',
  },
  { ...common, platform: 'browser', entryPoints: ['client/preview-src/preview.css'], outfile: 'dist/preview.css' },
  ...mathTypesetter,
];

const contexts = await Promise.all(bundles.map((options) => context(options)));
if (watch) {
  rebuildOnChanges(['client/src', 'client/preview-src', 'server/src']);
} else {
  try {
    await Promise.all(contexts.map((bundle) => bundle.rebuild()));
  } finally {
    await Promise.all(contexts.map((bundle) => bundle.dispose()));
  }
}

/**
 * Rebuilds every bundle together a moment after a source changes, reporting each error once between one
 * `[watch] build started` and one `[watch] build finished` line (what the `watch` task of .vscode/tasks.json waits for).
 */
function rebuildOnChanges(folders) {
  let timer;
  let building = Promise.resolve();
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => (building = building.then(rebuildAll)), 100);
  };
  for (const folder of folders) watchFolder(folder, { recursive: true }, schedule);
  schedule();
}

async function rebuildAll() {
  console.log('[watch] build started');
  const results = await Promise.allSettled(contexts.map((bundle) => bundle.rebuild()));
  const errors = results.flatMap((result) =>
    result.status === 'fulfilled' ? result.value.errors : (result.reason.errors ?? [{ text: String(result.reason) }]),
  );
  const unique = [...new Map(errors.map((error) => [JSON.stringify([error.text, error.location]), error])).values()];
  for (const text of await formatMessages(unique, { kind: 'error', color: false })) process.stdout.write(text);
  console.log(`[watch] build finished with ${unique.length} errors`);
}
