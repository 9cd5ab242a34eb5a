import { spawnSync } from 'node:child_process';
import type { CliDiagnostic, CliReport } from './editorScenario';

/** What the CLI (`cliPath`, a dist/cli.js) reports for `file` in `language`, run from the workspace folder `cwd`. */
export function cliDiagnostics(cliPath: string, file: string, cwd: string, language = 'en'): CliDiagnostic[] {
  // In an Electron extension host (test-electron) process.execPath is Electron: have it act as Node.
  const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
  const run = spawnSync(process.execPath, [cliPath, 'check', '--lang', language, '--format', 'json', file], {
    cwd,
    env,
    encoding: 'utf8',
  });
  if (run.status !== 0 && run.status !== 1) throw new Error(`${cliPath} check failed (${run.status}): ${run.stderr}`);
  const reports: CliReport[] = JSON.parse(run.stdout);
  if (reports.length !== 1) throw new Error(`the CLI does not see ${file} as a digest post: ${run.stdout}`);
  return reports[0].diagnostics;
}
