// An esbuild plugin for the bundles that run without Node.js (the web worker extension host, its language server
// worker, the tests there): the build fails on any import of a Node built-in (`fs`, `node:path`, …), whether esbuild
// would have failed on it, quietly bundled an npm package of that name, or emptied it through a package's `browser`
// field. `allowed`: the built-ins a bundle leaves to its host or takes from npm on purpose (the tests' `assert`);
// `substitutes`: those it takes from another package (`node:path` from `path-browserify`).
import { builtinModules } from 'node:module';

const BUILTINS = new Set(builtinModules);

export function noNodeBuiltins({ allowed = [], substitutes = {} } = {}) {
  return {
    name: 'no-node-builtins',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, ({ path, importer, resolveDir, kind }) => {
        const name = path.replace(/^node:/, '').split('/')[0];
        if ((!path.startsWith('node:') && !BUILTINS.has(name)) || allowed.includes(path)) return undefined;
        if (substitutes[path]) return build.resolve(substitutes[path], { resolveDir, kind });
        return {
          errors: [{ text: `Node built-in "${path}" imported by ${importer}: this bundle runs without Node.js` }],
        };
      });
    },
  };
}
