// The layers of the code base and what each may import, as data, and the ESLint rule that enforces them
// (`layers/allowed-imports`). It sees every way a module is named: `import`, `import type`, `export … from`,
// `import()`, `typeof import('…')`, `require()` and `import x = require()`.
import { dirname, relative, resolve, sep } from 'node:path';

const REPO = resolve(import.meta.dirname, '..');

const LANGUAGE_SERVER = [
  'vscode-languageserver',
  'vscode-languageserver-protocol',
  'vscode-languageserver-textdocument',
];
const LANGUAGE_CLIENT = ['vscode', 'vscode-languageclient'];

/**
 * Each layer: its folder (or file), the layers it may import, and the packages it may not.
 * A layer always imports itself; anything outside every layer (package.json, test helpers) is its own concern.
 */
export const LAYERS = {
  protocol: {
    path: 'server/src/protocol',
    may: [],
    forbids: [...LANGUAGE_CLIENT, 'vscode-languageserver'],
    why: 'protocol is the leaf every layer may import',
  },
  core: {
    path: 'server/src/core',
    may: ['protocol'],
    forbids: [...LANGUAGE_SERVER, ...LANGUAGE_CLIENT],
    why: 'the core is pure: parse, digest model, rules, results',
  },
  l10n: {
    path: 'server/src/l10n.ts',
    may: [],
    forbids: [...LANGUAGE_SERVER, ...LANGUAGE_CLIENT],
    why: 'it only loads the strings',
  },
  render: {
    path: 'server/src/render',
    may: ['core', 'protocol'],
    forbids: [...LANGUAGE_SERVER, ...LANGUAGE_CLIENT],
    why: 'the renderer turns a post and its site into HTML',
  },
  settings: {
    path: 'server/src/settings',
    may: ['core', 'protocol'],
    forbids: [...LANGUAGE_SERVER, ...LANGUAGE_CLIENT],
    why: 'settings are resolved alike for the server and the CLI',
  },
  workspace: {
    path: 'server/src/workspace',
    may: ['core', 'protocol'],
    forbids: [...LANGUAGE_SERVER, ...LANGUAGE_CLIENT],
    why: 'the workspace index serves the server and the CLI',
  },
  net: {
    path: 'server/src/net',
    may: ['core', 'protocol'],
    forbids: [...LANGUAGE_SERVER, ...LANGUAGE_CLIENT],
    why: 'the arXiv client serves the server and the CLI',
  },
  jobs: {
    path: 'server/src/jobs',
    may: ['core', 'render', 'workspace', 'settings', 'protocol', 'l10n'],
    forbids: [...LANGUAGE_SERVER, ...LANGUAGE_CLIENT],
    why: 'jobs run the core and the renderer on workers for the server and the CLI',
  },
  lsp: {
    path: 'server/src/lsp',
    may: ['core', 'render', 'workspace', 'jobs', 'settings', 'net', 'protocol', 'l10n', 'manifest'],
    forbids: LANGUAGE_CLIENT,
    why: 'the language server maps the layers below it to the protocol',
  },
  cli: {
    path: 'server/src/cli',
    may: ['core', 'render', 'workspace', 'jobs', 'settings', 'net', 'protocol', 'l10n', 'manifest'],
    forbids: [...LANGUAGE_SERVER, ...LANGUAGE_CLIENT],
    why: 'the CLI runs the layers below it without the language server',
  },
  client: {
    path: 'client/src',
    may: ['protocol'],
    forbids: ['vscode-languageserver'],
    why: 'the client talks to the server only through protocol',
  },
  'preview-src': {
    path: 'client/preview-src',
    may: ['protocol'],
    forbids: [...LANGUAGE_SERVER, ...LANGUAGE_CLIENT],
    why: 'the webview script runs in the page, with nothing of the extension but protocol',
  },
  manifest: { path: 'package.json', may: [], forbids: [], why: '' },
};

const withoutExtension = (path) => path.replace(/\.(ts|mts|js|mjs|json)$/, '');
const LAYER_PATHS = Object.entries(LAYERS).map(([name, { path }]) => [name, withoutExtension(path)]);

/** The layer that holds the repository-relative `path` (a file, or a module named without its extension), if any. */
function layerOf(path) {
  const module = withoutExtension(path);
  return LAYER_PATHS.find(([, layerPath]) => module === layerPath || module.startsWith(`${layerPath}/`))?.[0];
}

const repoPath = (absolute) => relative(REPO, absolute).split(sep).join('/');

/** Why importing `specifier` from the layer `from` (in `file`) breaks the layers, or undefined when it does not. */
export function layerViolation(from, file, specifier) {
  const layer = LAYERS[from];
  const allowed = [from, ...layer.may].map((name) => `\`${name}\``).join(', ');
  if (specifier.startsWith('.')) {
    const target = layerOf(repoPath(resolve(dirname(file), specifier)));
    if (!target || target === from || layer.may.includes(target)) return undefined;
    return `${layer.path} may import only ${allowed} (${layer.why}), not \`${target}\`.`;
  }
  const forbidden = layer.forbids.find((name) => specifier === name || specifier.startsWith(`${name}/`));
  if (!forbidden) return undefined;
  return `${layer.path} may not import the package \`${forbidden}\` (${layer.why}).`;
}

const allowedImports = {
  meta: { type: 'problem', docs: { description: 'Each layer imports only the layers LAYERS lets it.' }, schema: [] },
  create(context) {
    const from = layerOf(repoPath(context.filename));
    if (!from) return {};
    const check = (node) => {
      if (node?.type !== 'Literal' || typeof node.value !== 'string') return;
      const message = layerViolation(from, context.filename, node.value);
      if (message) context.report({ node, message });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument?.literal ?? node.argument),
      TSExternalModuleReference: (node) => check(node.expression),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node.arguments[0]);
      },
    };
  },
};

export const layersPlugin = { rules: { 'allowed-imports': allowedImports } };
