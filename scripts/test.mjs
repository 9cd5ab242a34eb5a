// The whole suite that runs here: the fast tier (every test/**/*.test.ts but the *.slow.test.ts ones, in one process),
// the slow tier (a process per file: language server and CLI processes, properties, Jekyll, Neovim, the package),
// then the vscode-API suite in a real VS Code host (its Node extension host, then its web worker extension host, as
// github.dev runs extensions), then the end-to-end UI suite on the packaged .vsix.
//   node scripts/test.mjs [unit|slow|vscode|web|e2e]...   (default: all of them, in that order)
// Ends with one plain line, "N passed, N failed, N skipped", summing every stage.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const repo = join(import.meta.dirname, '..');
const hostSuites = ['test/vscode', 'test/e2e'];
const SLOW = '.slow.test.ts';
const only = process.argv.slice(2);

function nodeTestFiles() {
  return readdirSync(join(repo, 'test'), { recursive: true })
    .map((file) => join('test', file))
    .filter((file) => file.endsWith('.test.ts') && !hostSuites.some((suite) => file.startsWith(suite)))
    .sort();
}

/** Runs node with `args`, the spec reporter on the terminal and TAP into .tmp/<name>-tests.tap for the counts. */
function runNodeTests(name, args) {
  mkdirSync(join(repo, '.tmp'), { recursive: true });
  const tap = join(repo, `.tmp/${name}-tests.tap`);
  const { status } = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${relative(repo, tap)}`,
      ...args,
    ],
    { cwd: repo, stdio: 'inherit' },
  );
  const text = readFileSync(tap, 'utf8');
  const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  const failed = count('fail') + count('cancelled');
  return { passed: count('pass'), failed: failed || (status === 0 ? 0 : 1), skipped: count('skipped') + count('todo') };
}

/** Jekyll, Neovim and Chromium for the slow tier (installed when missing, as root); a failed stage when they cannot be. */
function ensureDebianPackages() {
  const { status } = spawnSync('bash', ['scripts/debian-packages.sh'], {
    cwd: repo,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return status === 0 ? undefined : { passed: 0, failed: 1, skipped: 0 };
}

/** The editor suite's time from opening the example post to its first diagnostics, per extension host of this run. */
const firstDiagnostics = {};
/** The session's first preview of the example post: the post shown, and the site's styles, per extension host. */
const firstPreview = {};
/** What the host suites print as `measured: …`, with their host. */
const measured = [];

/** A host suite prints mocha's "N passing" / "N failing" / "N pending"; its exit code is the verdict. */
function runHostSuite(command, args, host) {
  const { status, stdout } = spawnSync(command, args, {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  process.stdout.write(stdout);
  const passed = Number(/(\d+) passing/.exec(stdout)?.[1] ?? 0);
  const failed = Number(/(\d+) failing/.exec(stdout)?.[1] ?? 0);
  const skipped = Number(/(\d+) pending/.exec(stdout)?.[1] ?? 0);
  const firstDiagnosticsMs = /first diagnostics (\d+) ms/.exec(stdout)?.[1];
  if (host && firstDiagnosticsMs) firstDiagnostics[host] = Number(firstDiagnosticsMs);
  const preview = /first preview of the session: the post at (\d+) ms, the site's styles at (\d+) ms/.exec(stdout);
  if (host && preview) firstPreview[host] = { post: Number(preview[1]), styles: Number(preview[2]) };
  for (const [, line] of stdout.matchAll(/measured: (.*)$/gm)) measured.push(`${host ?? 'e2e'}: ${line}`);
  return { passed, failed: failed || (status === 0 ? 0 : 1), skipped };
}

const stages = {
  unit: () =>
    runNodeTests('unit', ['scripts/unit-tests.ts', ...nodeTestFiles().filter((file) => !file.endsWith(SLOW))]),
  slow: () =>
    ensureDebianPackages() ??
    runNodeTests('slow', ['--test', ...nodeTestFiles().filter((file) => file.endsWith(SLOW))]),
  vscode: () => runHostSuite('bash', ['scripts/test-vscode-host.sh'], 'Node'),
  web: () => runHostSuite('bash', ['scripts/test-vscode-host.sh', '--web-worker'], 'web worker'),
  e2e: () => runHostSuite('npm', ['run', '--silent', 'test:e2e']),
};

let passed = 0;
let failed = 0;
let skipped = 0;
for (const [name, run] of Object.entries(stages)) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n=== ${name} tests ===`);
  const result = run();
  passed += result.passed;
  failed += result.failed;
  skipped += result.skipped;
}
if (firstDiagnostics.Node && firstDiagnostics['web worker']) {
  const ratio = (firstDiagnostics['web worker'] / firstDiagnostics.Node).toFixed(2);
  console.log(
    `\nfirst diagnostics on opening the example post: Node extension host ${firstDiagnostics.Node} ms, web worker extension host ${firstDiagnostics['web worker']} ms (${ratio}×)`,
  );
}
if (firstPreview.Node && firstPreview['web worker']) {
  const [node, web] = [firstPreview.Node, firstPreview['web worker']];
  console.log(
    `first preview of the example post: the post at ${node.post} ms in the Node extension host, ${web.post} ms in the web worker extension host (${(web.post / node.post).toFixed(2)}×); the site's styles at ${node.styles} ms and ${web.styles} ms (${(web.styles / node.styles).toFixed(2)}×)`,
  );
}
for (const line of measured) console.log(line);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed ? 1 : 0;
