import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ESLint } from 'eslint';
import { REPO } from './helpers';

const eslint = new ESLint({ cwd: REPO });

/** The import-boundary errors ESLint reports for `source` planted at `file`. */
async function boundaryErrors(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const planted = imported;\n`, {
    filePath: `${REPO}/${file}`,
  });
  return result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the import boundaries (eslint.config.mjs)', () => {
  const violations: [string, string, RegExp][] = [
    ['server/src/core/planted.ts', "import { toDiagnostic as imported } from '../lsp/convert';", /The core is pure/],
    [
      'server/src/core/rules/planted.ts',
      "import { renderPostBody as imported } from '../../render';",
      /The core is pure/,
    ],
    [
      'server/src/core/planted.ts',
      "import { DiagnosticSeverity as imported } from 'vscode-languageserver/node';",
      /The core is pure/,
    ],
    [
      'server/src/core/planted.ts',
      "import { resolveSettings as imported } from '../settings/settings';",
      /The core is pure/,
    ],
    [
      'server/src/render/site/planted.ts',
      "import { WorkspaceIndex as imported } from '../../workspace/workspaceIndex';",
      /The renderer imports only/,
    ],
    [
      'server/src/cli/planted.ts',
      "import type { Analysis as imported } from '../lsp/analysis';",
      /The CLI does not import/,
    ],
    ['server/src/protocol/planted.ts', "import { RULES as imported } from '../core/rules';", /protocol is the leaf/],
    [
      'client/src/preview/planted.ts',
      "import { validateDigest as imported } from '../../../server/src/core/validate';",
      /The client imports no server code/,
    ],
    [
      'client/preview-src/planted.ts',
      "import { renderPostBody as imported } from '../../server/src/render';",
      /The client imports no server code/,
    ],
    ['test/core/planted.test.ts', "import { spawnSync as imported } from 'node:child_process';", /\*\.slow\.test\.ts/],
  ];
  for (const [file, source, message] of violations) {
    it(`fails ${file}: ${source}`, async () => {
      const errors = await boundaryErrors(file, source);
      assert.equal(errors.length, 1, errors.join('\n'));
      assert.match(errors[0], message);
    });
  }

  const allowed: [string, string][] = [
    ['server/src/core/planted.ts', "import { SEVERITIES as imported } from '../protocol/diagnostics';"],
    ['server/src/render/planted.ts', "import { parseDigest as imported } from '../core/parseDigest';"],
    ['client/src/planted.ts', "import { DIAGNOSTIC_SOURCE as imported } from '../../server/src/protocol/diagnostics';"],
    ['server/src/lsp/planted.ts', "import { renderPostBody as imported } from '../render';"],
    ['test/cli/planted.slow.test.ts', "import { spawnSync as imported } from 'node:child_process';"],
  ];
  for (const [file, source] of allowed) {
    it(`lets ${file}: ${source}`, async () => assert.deepEqual(await boundaryErrors(file, source), []));
  }
});
