// ESLint (flat config): the recommended JavaScript and TypeScript rules, and the layers of the code base, enforced.
import js from '@eslint/js';
import prettierConfig from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './scripts/lintLayers.mjs';

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
  // The layers and what each may import: scripts/lintLayers.mjs.
  {
    files: ['server/src/**', 'client/src/**', 'client/preview-src/**'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/allowed-imports': 'error' },
  },
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
