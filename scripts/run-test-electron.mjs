// @ts-check
// `npm run test:vscode`: the vscode-API suite (test/vscode, bundled to out/test/vscode/index.js) in a
// desktop VS Code that @vscode/test-electron downloads into .vscode-test/ — for machines that can reach
// update.code.visualstudio.com. Without a network the same suite runs in code-server instead:
// `npm run test:host` (a stage of `npm test`). On Linux without a display, run it under `xvfb-run -a`.
//   PAPER_DIGEST_VSCODE_VERSION   VS Code to test in (default 1.96.4, the code-server host's version)
import { download, runTests } from '@vscode/test-electron';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { copyBlogWorkspace } from './test-workspace.mjs';

const repo = join(import.meta.dirname, '..');
const version = process.env.PAPER_DIGEST_VSCODE_VERSION || '1.96.4';
const DOWNLOAD_IDLE_TIMEOUT_MS = 30_000;

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  console.error(`test:vscode: ${message}`);
  process.exit(2);
}

async function downloadVSCode() {
  try {
    return await download({ version, cachePath: join(repo, '.vscode-test'), timeout: DOWNLOAD_IDLE_TIMEOUT_MS });
  } catch (error) {
    return fail(
      `could not download VS Code ${version} (${error instanceof Error ? error.message : String(error)}).\n` +
        'This machine cannot reach update.code.visualstudio.com. Run the same suite in code-server instead: npm run test:host',
    );
  }
}

const bundle = spawnSync(process.execPath, [join(repo, 'scripts/build-vscode-tests.mjs')], { stdio: 'inherit' });
if (bundle.status !== 0) fail('bundling the suite failed (scripts/build-vscode-tests.mjs)');

const vscodeExecutablePath = await downloadVSCode();
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('test:vscode: no display; if VS Code fails to start, run: xvfb-run -a npm run test:vscode');
}
const workspace = copyBlogWorkspace();
try {
  process.exitCode = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repo,
    extensionTestsPath: join(repo, 'out/test/vscode/index.js'),
    launchArgs: [
      workspace.folder,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
    ],
  });
} catch (error) {
  console.error(`test:vscode: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  workspace.remove();
}
