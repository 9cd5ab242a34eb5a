// ESLint (flat config): the recommended JavaScript and TypeScript rules, and the layers of the code base, enforced.
import js from '@eslint/js';
import prettierConfig from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Import patterns (gitignore-style, matched against the import as written) that reach into one of our folders. */
const folder = (name) => [`**/${name}`, `**/${name}/**`];
const LANGUAGE_SERVER_PACKAGES = [
  'vscode',
  'vscode-languageserver',
  'vscode-languageserver/**',
  'vscode-languageclient',
  'vscode-languageclient/**',
];

/** A files block forbidding imports that match `group`, with the layer rule as the message. */
function layer(files, group, message) {
  return { files, rules: { 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] } };
}

const LAYERS = [
  layer(
    ['server/src/core/**'],
    [...['lsp', 'render', 'workspace', 'cli', 'net', 'settings'].flatMap(folder), ...LANGUAGE_SERVER_PACKAGES],
    'The core is pure: it imports nothing from lsp, render, workspace, cli, net, settings or vscode (only protocol and packages).',
  ),
  layer(
    ['server/src/render/**'],
    [...['lsp', 'workspace', 'cli', 'net', 'settings'].flatMap(folder), ...LANGUAGE_SERVER_PACKAGES],
    'The renderer imports only the core and protocol.',
  ),
  layer(
    ['server/src/cli/**'],
    [...folder('lsp'), 'vscode-languageserver', 'vscode-languageserver/**'],
    'The CLI does not import the language server.',
  ),
  layer(
    ['server/src/protocol/**'],
    ['../**'],
    'protocol is the leaf every layer may import: it imports nothing of ours but itself.',
  ),
  layer(
    ['client/src/**', 'client/preview-src/**'],
    ['**/server/src/**', '!**/server/src/protocol', '!**/server/src/protocol/**'],
    'The client imports no server code except server/src/protocol.',
  ),
];

export default tseslint.config(
  { ignores: ['dist/', 'out/', '.tmp/', '.vscode-test/', 'node_modules/', 'test/fixtures/', 'test/e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettierConfig,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // Control characters in patterns are deliberate here: snippet placeholders, and stripping them from URLs.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  { files: ['test/vscode/**', 'test/e2e/**'], languageOptions: { globals: globals.mocha } },
  ...LAYERS,
  {
    files: ['test/**/*.test.ts'],
    ignores: ['test/**/*.slow.test.ts', 'test/vscode/**', 'test/e2e/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:child_process', 'child_process', 'node:worker_threads', 'worker_threads'].map((name) => ({
            name,
            message:
              'A fast test runs in the test process (npm run test:unit): one that starts a process is named *.slow.test.ts.',
          })),
          patterns: [
            {
              group: ['**/lsp/lspClient', '**/lsp/rawServer'],
              message: 'Tests of the built language server process are named *.slow.test.ts.',
            },
          ],
        },
      ],
    },
  },
);
