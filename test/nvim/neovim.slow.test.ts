import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { ENGLISH_ENV, EXAMPLE_PATH, REPO } from '../helpers';

/** Neovim's numbers for the LSP severities. */
const SEVERITY: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4 };

// npm test installs Neovim (scripts/debian-packages.sh): without it this test fails, it never skips.
describe('Neovim as a client of dist/server.js --stdio', () => {
  it('receives the diagnostics the CLI reports for the example post', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'paper-digest-nvim-')), 'diagnostics.txt');
    const nvim = spawnSync('nvim', ['--headless', '--clean', '-u', join(REPO, 'test/nvim/diagnostics.lua')], {
      env: {
        ...ENGLISH_ENV,
        PAPER_DIGEST_SERVER: join(REPO, 'dist/server.js'),
        PAPER_DIGEST_FILE: EXAMPLE_PATH,
        PAPER_DIGEST_OUT: out,
      },
      timeout: 30_000,
      encoding: 'utf8',
    });
    assert.equal(nvim.status, 0, nvim.stderr);
    const cli = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), 'check', '--format', 'json', EXAMPLE_PATH], {
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });
    const [report] = JSON.parse(cli.stdout) as {
      diagnostics: { line: number; column: number; severity: string; code: string; message: string }[];
    }[];
    const expected = report.diagnostics
      .map((d) => `${d.line}:${d.column} ${SEVERITY[d.severity]} ${d.code} ${d.message}`)
      .sort();
    assert.deepEqual(readFileSync(out, 'utf8').trim().split('\n'), expected);
  });
});
