import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { LAYERS } from '../scripts/lintLayers.mjs';
import { REPO } from './helpers';

const eslint = new ESLint({ cwd: REPO });
const BOUNDARY_RULES = new Set(['layers/allowed-imports', 'no-restricted-imports']);

/** The import-boundary errors ESLint reports for `source` planted at `file`. */
async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const planted = imported;\n`, {
    filePath: `${REPO}/${file}`,
  });
  return result.messages
    .filter((message) => BOUNDARY_RULES.has(message.ruleId ?? ''))
    .map((message) => message.message);
}

/** One wrong-way import per layer rule, in every form a module can be named. */
const VIOLATIONS: [file: string, source: string, message: RegExp][] = [
  ['server/src/core/planted.ts', "import { JobPool as imported } from '../jobs/jobPool';", /not `jobs`/],
  ['server/src/core/planted.ts', "import { currentLanguage as imported } from '../l10n';", /not `l10n`/],
  ['server/src/core/planted.ts', "type imported = typeof import('../lsp/convert');", /not `lsp`/],
  ['server/src/core/planted.ts', "import { toDiagnostic as imported } from '../lsp/convert';", /not `lsp`/],
  ['server/src/core/rules/planted.ts', "import { renderPostBody as imported } from '../../render';", /not `render`/],
  [
    'server/src/core/planted.ts',
    "export { resolveSettings as imported } from '../settings/settings';",
    /not `settings`/,
  ],
  [
    'server/src/core/planted.ts',
    "import { DiagnosticSeverity as imported } from 'vscode-languageserver/node';",
    /package `vscode-languageserver`/,
  ],
  ['server/src/render/site/planted.ts', "import type { JobPool as imported } from '../../jobs/jobPool';", /not `jobs`/],
  ['server/src/render/planted.ts', "const imported = import('../workspace/workspaceIndex');", /not `workspace`/],
  ['server/src/workspace/planted.ts', "import { toDiagnostic as imported } from '../lsp/convert';", /not `lsp`/],
  ['server/src/workspace/planted.ts', "import { main as imported } from '../cli/main';", /not `cli`/],
  ['server/src/jobs/planted.ts', "import { toDiagnostic as imported } from '../lsp/convert';", /not `lsp`/],
  ['server/src/settings/planted.ts', "import { JobPool as imported } from '../jobs/jobPool';", /not `jobs`/],
  ['server/src/net/planted.ts', "import { toDiagnostic as imported } from '../lsp/convert';", /not `lsp`/],
  ['server/src/l10n.ts', "const imported = require('./lsp/convert');", /not `lsp`/],
  ['server/src/cli/planted.ts', "import type { Analysis as imported } from '../lsp/analysis';", /not `lsp`/],
  [
    'server/src/cli/planted.ts',
    "import imported = require('vscode-languageserver');",
    /package `vscode-languageserver`/,
  ],
  ['server/src/lsp/planted.ts', "import { main as imported } from '../cli/main';", /not `cli`/],
  ['server/src/lsp/planted.ts', "import { window as imported } from 'vscode';", /package `vscode`/],
  ['server/src/protocol/planted.ts', "import { RULES as imported } from '../core/rules';", /not `core`/],
  [
    'client/src/preview/planted.ts',
    "import { validateDigest as imported } from '../../../server/src/core/validate';",
    /not `core`/,
  ],
  ['client/src/planted.ts', "import { main as imported } from '../preview-src/main';", /not `preview-src`/],
  [
    'client/preview-src/planted.ts',
    "import { renderPostBody as imported } from '../../server/src/render';",
    /not `render`/,
  ],
  ['client/preview-src/planted.ts', "import { window as imported } from 'vscode';", /package `vscode`/],
  ['test/core/planted.test.ts', "import { spawnSync as imported } from 'node:child_process';", /\*\.slow\.test\.ts/],
];

describe('the import boundaries (eslint.config.mjs, scripts/lintLayers.mjs)', () => {
  for (const [file, source, message] of VIOLATIONS) {
    it(`fails ${file}: ${source}`, async () => {
      const errors = await boundaryErrors(file, source);
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0], message);
    });
  }

  it('plants a violation in every layer that has one', () => {
    const layers = Object.entries(LAYERS).filter(([name]) => name !== 'manifest');
    const unplanted = layers.filter(([, { path }]) => !VIOLATIONS.some(([file]) => file.startsWith(path)));
    assert.deepEqual(
      unplanted.map(([name]) => name),
      [],
    );
  });

  const allowed: [string, string][] = [
    ['server/src/core/planted.ts', "import { SEVERITIES as imported } from '../protocol/diagnostics';"],
    ['server/src/render/planted.ts', "import { parseDigest as imported } from '../core/parseDigest';"],
    ['server/src/jobs/planted.ts', "import { renderPostBody as imported } from '../render';"],
    ['server/src/cli/planted.ts', "import { version as imported } from '../../../package.json';"],
    ['client/src/planted.ts', "import { DIAGNOSTIC_SOURCE as imported } from '../../server/src/protocol/diagnostics';"],
    ['server/src/lsp/planted.ts', "import { renderPostBody as imported } from '../render';"],
    ['test/cli/planted.slow.test.ts', "import { spawnSync as imported } from 'node:child_process';"],
  ];
  for (const [file, source] of allowed) {
    it(`lets ${file}: ${source}`, async () => assert.deepEqual(await boundaryErrors(file, source), []));
  }
});
