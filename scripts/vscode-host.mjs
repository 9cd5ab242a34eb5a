#!/usr/bin/env node
/**
 * vscode-host.mjs — run our extension inside a REAL VS Code (code-server 4.96.4 = VS Code 1.96.4)
 * driven by Debian's headless Chromium through playwright-core. Plain ESM, no build step.
 * Two extension hosts: the Node host (the desktop's, by default) or, with --web-worker, the web
 * worker host of github.dev / vscode.dev (the extension's `browser` entry, no Node.js).
 * Tools (code-server, playwright-core) come from scripts/code-server-setup.sh's tools dir:
 *   ${PAPER_DIGEST_TOOLS:-$HOME/.cache/paper-digest-tools}
 *
 * ── CLI ────────────────────────────────────────────────────────────────────────────────────────
 *   node scripts/vscode-host.mjs test --extension-dev-path <abs dir> --tests-path <abs file>
 *        --folder <abs dir> [--timeout <seconds, default 180>] [--logs-dir <dir>]
 *        [--setting key=<json>]... [--web-worker]
 *     Runs the extension integration tests (the mocha entry at --tests-path, which exports
 *     `run(): Promise<void>`) in the Node extension host, streams their output to stdout and exits
 *     with their code: 0 = all passed, 1 = a failure. With --web-worker the extension and the
 *     tests run in the web worker extension host instead: the tests path must lie inside the
 *     extension folder, and the entry must be a browser bundle that needs nothing but `vscode`.
 *     A timeout, an extension host that exits
 *     before the tests report (e.g. a test calling `process.exit(N)`, visible only in
 *     code-server's log) or crashes also fail (exit N, or 1); code-server's log tail is then
 *     printed to stderr. --logs-dir keeps code-server's log, the browser console and the
 *     workbench's own log files there (useful as CI artifacts).
 *
 * ── Library (for UI end-to-end tests) ─────────────────────────────────────────────────────────
 *   import { startHost } from './scripts/vscode-host.mjs';
 *   const host = await startHost({
 *     folder: '/abs/workspace',              // required: folder the window opens
 *     vsixPath: '/abs/paper-digest.vsix',    // optional: installed with --install-extension into
 *                                            //   the throwaway extensions dir before start
 *     extensionDevelopmentPath: '/abs/repo', // optional: run an unpackaged extension instead/as well
 *     webWorker: true,                       // optional: run that extension (and extensionTestsPath)
 *                                            //   in the web worker extension host (see webWorkerHost)
 *     settings: { 'editor.fontSize': 14 },   // optional: extra user settings (merged over defaults)
 *     startupTimeoutMs: 90_000,              // optional: code-server /healthz + .monaco-workbench
 *     logsDir: '/abs/artifacts',             // optional: keep logs there (written on stop())
 *     viewport: { width: 1400, height: 900 },// optional
 *     onLog: (line) => {},                   // optional: every code-server / browser console line
 *     onAutomationLog: (level, message) => {}, // optional: workbench log (test mode only)
 *     events,                                // optional: your EventEmitter, to listen from the start
 *   });
 *   host → {
 *     page,      // playwright-core Page; the workbench is loaded (`.monaco-workbench` visible)
 *     browser,   // playwright-core Browser (Debian /usr/bin/chromium, headless)
 *     context,   // its BrowserContext
 *     url,       // workbench URL that was opened (http://127.0.0.1:<port>/?folder=…)
 *     port,      // code-server's port
 *     dirs,      // { root, userData, extensions } throwaway dirs (deleted by stop())
 *     logs,      // { codeServer: string[], console: string[], automation: string[],
 *                //   tail(n = 80): string  — last n code-server log lines }
 *     events,    // EventEmitter: 'starting' (host, before anything runs), 'exthost-exit'
 *                //   ({code, signal, line}, from code-server's log), 'automation-exit' (code, from
 *                //   window.codeAutomationExit), 'code-server-exit' ({code, signal}), 'page-crash'
 *     stop(),    // async, idempotent: closes Chromium, kills code-server's whole process group
 *                //   (extension hosts included), removes the throwaway dirs
 *   }
 *   Always `await host.stop()` in a finally block. As a safety net every live host is also killed
 *   (SIGKILL to its process groups and descendants) on process exit and on SIGINT/SIGTERM/SIGHUP.
 *   Hermetic: code-server gets its own XDG_* and TMPDIR under dirs.root, no extension gallery
 *   (EXTENSIONS_GALLERY={}), telemetry/updates off; extension hosts inherit the rest of the env.
 *   Hints: open files through the explorer rather than Quick Open (CODE-SERVER.md); the explorer
 *   list is virtualised, so scroll (page.mouse.wheel over it) until a row exists before clicking;
 *   wait for the extension to be active / for decorations instead of sleeping. A .vsix can be
 *   made with `npx vsce package -o /tmp/x.vsix` (runs vscode:prepublish). No CJK fonts are
 *   installed: Korean text is correct in the DOM but renders as boxes in screenshots.
 *
 *   Also exported: runExtensionTests(opts) → Promise<number> (the CLI's `test` mode),
 *   TOOLS_DIR, DEFAULT_SETTINGS, workbenchUrl(port, folder, payload).
 */
import { spawn, spawnSync } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const TOOLS_DIR = path.resolve(
  process.env.PAPER_DIGEST_TOOLS || path.join(os.homedir(), '.cache', 'paper-digest-tools'),
);
const CODE_SERVER_ENTRY = path.join(TOOLS_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.PAPER_DIGEST_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const DEFAULT_SETTINGS = Object.freeze({
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
});

// Workbench log lines that reach codeAutomationLog on every start; not test output.
const WORKBENCH_NOISE_RE = new RegExp(
  '^(?:' +
    [
      'Resolving connection token',
      'Resolved connection token',
      'Creating a socket',
      'Updating additional builtin extensions cache',
      '\\[Service Worker\\]',
      'Ignoring fetching additional builtin extensions from gallery',
    ].join('|') +
    ')',
);

// What the workbench says when no extension host runs the extension whose tests it was asked to run.
const NO_TEST_HOST_RE = /No extension host found that can launch the test runner/;

// Line the VS Code server logs when an extension host process ends.
const EXTHOST_EXIT_RE = /Extension Host Process exited with code: (\w+), signal: (\w+)/;

// ── process bookkeeping: never leave code-server / chromium behind ─────────────────────────────
const liveHosts = new Set();

function ppidOf(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
}

function childrenOf(pids) {
  // All descendants of `pids` (by walking /proc's ppid links), so orphans are caught too.
  const byParent = new Map();
  for (const ent of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(ent)) continue;
    try {
      const ppid = ppidOf(ent);
      if (!byParent.has(ppid)) byParent.set(ppid, []);
      byParent.get(ppid).push(Number(ent));
    } catch {
      /* process went away */
    }
  }
  const out = new Set();
  const todo = [...pids];
  while (todo.length) {
    for (const c of byParent.get(todo.pop()) || [])
      if (!out.has(c)) {
        out.add(c);
        todo.push(c);
      }
  }
  return [...out];
}

function killTreeSync(groupLeaders, signal = 'SIGKILL') {
  const leaders = groupLeaders.filter(Boolean);
  if (!leaders.length) return;
  let descendants = [];
  try {
    descendants = childrenOf(leaders);
  } catch {
    /* no /proc */
  }
  for (const pid of leaders) {
    try {
      process.kill(-pid, signal);
    } catch {
      /* group gone */
    }
    try {
      process.kill(pid, signal);
    } catch {
      /* gone */
    }
  }
  for (const pid of descendants) {
    try {
      process.kill(pid, signal);
    } catch {
      /* gone */
    }
  }
}

function pidsMentioning(text) {
  // Processes whose command line names our throwaway dir: every Chromium process (its profile is
  // in there), including daemonised helpers (the crashpad handler re-parents itself to init).
  const out = [];
  for (const ent of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(ent) || Number(ent) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${ent}/cmdline`, 'utf8').includes(text)) out.push(Number(ent));
    } catch {
      /* gone */
    }
  }
  return out;
}

function killAllSync() {
  for (const h of liveHosts) h._killSync();
}

let handlersInstalled = false;
function installProcessHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', killAllSync);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    const handler = () => {
      killAllSync();
      // If nobody else handles the signal, behave like the default (terminate).
      if (process.listenerCount(sig) <= 1) {
        process.removeListener(sig, handler);
        process.exitCode = 128 + os.constants.signals[sig];
        process.kill(process.pid, sig);
      }
    };
    process.on(sig, handler);
  }
}

// ── helpers ─────────────────────────────────────────────────────────────────────────────────────
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function requirePlaywright() {
  const req = createRequire(path.join(TOOLS_DIR, 'package.json'));
  try {
    return req('playwright-core');
  } catch (e) {
    throw new Error(`playwright-core not found in ${TOOLS_DIR}; run scripts/code-server-setup.sh first (${e.message})`);
  }
}

function checkTools() {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server not found at ${CODE_SERVER_ENTRY}; run scripts/code-server-setup.sh first`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing; run scripts/code-server-setup.sh first`);
}

function codeServerEnv(root) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Don't let an outer VS Code / code-server (terminal IPC hooks etc.) or $PORT leak in.
    if (/^(VSCODE_|CODE_SERVER_|ELECTRON_)/.test(k)) continue;
    if (['PORT', 'PASSWORD', 'HASHED_PASSWORD', 'GITHUB_TOKEN', 'NODE_OPTIONS'].includes(k)) continue;
    env[k] = v;
  }
  // No extension gallery: this machine has no internet, and tests must not depend on it.
  env.EXTENSIONS_GALLERY = '{}';
  // Extension hosts put IPC sockets (git, vscode-ipc) in the temp dir: keep them in ours.
  env.TMPDIR = path.join(root, 'tmp');
  fs.mkdirSync(env.TMPDIR, { recursive: true });
  for (const x of ['CONFIG', 'DATA', 'CACHE', 'STATE']) {
    env[`XDG_${x}_HOME`] = path.join(root, 'xdg', x.toLowerCase());
    fs.mkdirSync(env[`XDG_${x}_HOME`], { recursive: true });
  }
  return env;
}

function commonArgs(dirs) {
  return ['--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
}

/** vscode-remote URI for an absolute path on this machine, as code-server's workbench expects. */
function remoteUri(absPath) {
  return 'vscode-remote://remote' + absPath.split(path.sep).map(encodeURIComponent).join('/');
}

/** Workbench URL with `folder` and an optional payload ([[key, value], ...]). */
export function workbenchUrl(port, folder, payload) {
  const q = new URLSearchParams({ folder });
  if (payload && payload.length) q.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${q.toString()}`;
}

function requireAbs(name, p, kind) {
  if (!p || !path.isAbsolute(p)) throw new Error(`${name} must be an absolute path (got ${p})`);
  const st = fs.statSync(p, { throwIfNoEntry: false });
  if (!st) throw new Error(`${name} does not exist: ${p}`);
  if (kind === 'dir' && !st.isDirectory()) throw new Error(`${name} is not a directory: ${p}`);
  if (kind === 'file' && !st.isFile()) throw new Error(`${name} is not a file: ${p}`);
}

function installVsix(vsixPath, dirs, env) {
  const r = spawnSync(
    process.execPath,
    [CODE_SERVER_ENTRY, ...commonArgs(dirs), '--install-extension', vsixPath, '--force'],
    { env, encoding: 'utf8', timeout: 180_000, stdio: ['ignore', 'pipe', 'pipe'], killSignal: 'SIGKILL' },
  );
  const out = `${r.stdout || ''}${r.stderr || ''}`;
  if (r.error || r.status !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(
      `code-server --install-extension ${vsixPath} failed (status ${r.status}${r.error ? `, ${r.error.message}` : ''}):\n${out}`,
    );
  }
}

// ── the web worker extension host ───────────────────────────────────────────────────────────────
// A `payload` extension is scanned by code-server's server only: it counts as installed remotely and
// runs in the Node host (remote.extensionKind / extensions.webWorker change nothing). The browser
// scans the workbench option `developmentOptions.extensions` instead, so the extension folder is
// served over plain http by a static server, reached through code-server's own port proxy
// (/proxy/PORT: same origin, which the workbench's Content-Security-Policy demands), and the option
// is written into the workbench's configuration <meta> before the workbench reads it. Not with
// page.route() (a page Playwright fulfils loses its loopback address space and Chromium blocks the
// workbench's websocket), and not as a vscode-remote: location (the browser scans it before the
// remote authority is resolved).

const CONTENT_TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.map': 'application/json',
  '.css': 'text/css',
  '.html': 'text/html',
  '.md': 'text/markdown',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` read-only on a free loopback port; resolves to the listening server. */
async function serveFolder(dir) {
  const http = await import('node:http');
  const root = fs.realpathSync(dir);
  const server = http.createServer((req, res) => {
    const file = path.join(root, path.normalize(`/${decodeURIComponent(new URL(req.url, 'http://x').pathname)}`));
    fs.readFile(file, (error, data) => {
      if (error || req.method !== 'GET') {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': CONTENT_TYPES[path.extname(file)] || 'application/octet-stream' }).end(data);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Has the workbench of `page` run `extensionDir` (and the tests at `testsPath`, inside it) in its web worker host. */
async function developInWebWorker(page, csPort, server, extensionDir, testsPath) {
  const base = `/proxy/${server.address().port}`;
  const location = (file) => ({
    scheme: 'http',
    authority: `127.0.0.1:${csPort}`,
    path: `${base}/${path.relative(extensionDir, file).split(path.sep).map(encodeURIComponent).join('/')}`.replace(
      /\/$/,
      '',
    ),
  });
  const options = {
    extensions: [location(extensionDir)],
    ...(testsPath && { extensionTestsPath: location(testsPath) }),
  };
  await page.addInitScript((developmentOptions) => {
    /* global document, MutationObserver -- this runs in the page */
    new MutationObserver((_, observer) => {
      const meta = document.getElementById('vscode-workbench-web-configuration');
      if (!meta) return;
      observer.disconnect();
      const config = JSON.parse(meta.getAttribute('data-settings'));
      config.developmentOptions = { ...config.developmentOptions, ...developmentOptions };
      meta.setAttribute('data-settings', JSON.stringify(config));
    }).observe(document, { childList: true, subtree: true });
  }, options);
}

// ── startHost ───────────────────────────────────────────────────────────────────────────────────
/**
 * Start code-server + headless Chromium on a throwaway profile and open `folder`.
 * See the comment block at the top of this file for options and the returned object.
 */
export async function startHost(opts = {}) {
  const {
    folder,
    vsixPath,
    extensionDevelopmentPath,
    extensionTestsPath,
    webWorker = false,
    settings = {},
    startupTimeoutMs = 90_000,
    logsDir,
    viewport = { width: 1400, height: 900 },
    onLog,
    onAutomationLog,
    events = new EventEmitter(),
  } = opts;
  requireAbs('folder', folder, 'dir');
  if (vsixPath) requireAbs('vsixPath', vsixPath, 'file');
  if (extensionDevelopmentPath) requireAbs('extensionDevelopmentPath', extensionDevelopmentPath, 'dir');
  if (extensionTestsPath) requireAbs('extensionTestsPath', extensionTestsPath, 'file');
  if (webWorker && !extensionDevelopmentPath) throw new Error('webWorker needs extensionDevelopmentPath');
  if (webWorker && extensionTestsPath && path.relative(extensionDevelopmentPath, extensionTestsPath).startsWith('..')) {
    throw new Error(
      `in the web worker host the tests (${extensionTestsPath}) must lie inside ${extensionDevelopmentPath}`,
    );
  }
  checkTools();
  installProcessHandlers();

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-host-'));
  const dirs = {
    root,
    userData: path.join(root, 'user-data'),
    extensions: path.join(root, 'extensions'),
    config: path.join(root, 'config.yaml'),
  };
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.mkdirSync(dirs.extensions, { recursive: true });
  fs.writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    JSON.stringify({ ...DEFAULT_SETTINGS, ...settings }, null, 2),
  );
  // Our own config file: code-server would otherwise write one with a generated password.
  fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');

  const logs = {
    codeServer: [],
    console: [],
    automation: [],
    tail(n = 80) {
      return this.codeServer.slice(-n).join('\n');
    },
  };
  const env = codeServerEnv(root);

  let cs = null; // code-server ChildProcess
  let browser = null;
  let extensionServer = null; // webWorker: the static server of the extension folder
  let stopped = false;

  const host = {
    page: null,
    browser: null,
    context: null,
    url: null,
    port: null,
    dirs,
    logs,
    events,
    _killSync() {
      let ours = [];
      try {
        ours = pidsMentioning(root);
      } catch {
        /* no /proc */
      }
      killTreeSync([cs && cs.pid, ...ours]);
      fs.rmSync(root, { recursive: true, force: true });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      try {
        if (browser) await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
      } finally {
        // Graceful first (code-server shuts its extension hosts down), then make sure.
        if (cs && cs.exitCode === null && cs.signalCode === null) {
          try {
            process.kill(-cs.pid, 'SIGTERM');
          } catch {
            /* gone */
          }
          await Promise.race([new Promise((r) => cs.once('exit', r)), sleep(3000)]);
        }
        if (logsDir) {
          try {
            fs.mkdirSync(logsDir, { recursive: true });
            fs.writeFileSync(path.join(logsDir, 'code-server.log'), logs.codeServer.join('\n') + '\n');
            fs.writeFileSync(path.join(logsDir, 'browser-console.log'), logs.console.join('\n') + '\n');
            fs.writeFileSync(path.join(logsDir, 'automation.log'), logs.automation.join('\n') + '\n');
          } catch (e) {
            process.stderr.write(`vscode-host: could not write logs to ${logsDir}: ${e.message}\n`);
          }
        }
        extensionServer?.closeAllConnections();
        extensionServer?.close();
        host._killSync();
        liveHosts.delete(host);
      }
    },
  };
  liveHosts.add(host);
  events.emit('starting', host);

  const addCsLine = (line) => {
    logs.codeServer.push(line);
    if (logs.codeServer.length > 5000) logs.codeServer.splice(0, 1000);
    const m = EXTHOST_EXIT_RE.exec(line);
    if (m) {
      events.emit('exthost-exit', {
        code: m[1] === 'null' ? null : Number(m[1]),
        signal: m[2] === 'null' ? null : m[2],
        line,
      });
    }
    if (onLog) onLog(`[code-server] ${line}`);
  };

  try {
    if (vsixPath) installVsix(vsixPath, dirs, env);

    // Start code-server (own session/process group), retrying if the free port got taken.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      if (stopped) throw new Error('host stopped during start-up');
      const args = [
        CODE_SERVER_ENTRY,
        ...commonArgs(dirs),
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
      ];
      cs = spawn(process.execPath, args, { detached: true, env, cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let buf = '';
      const onData = (d) => {
        buf += d;
        let i;
        while ((i = buf.indexOf('\n')) >= 0) {
          addCsLine(buf.slice(0, i));
          buf = buf.slice(i + 1);
        }
      };
      cs.stdout.setEncoding('utf8').on('data', onData);
      cs.stderr.setEncoding('utf8').on('data', onData);
      cs.on('exit', (code, signal) => {
        if (buf) {
          addCsLine(buf);
          buf = '';
        }
        addCsLine(`[vscode-host] code-server exited (code ${code}, signal ${signal})`);
        events.emit('code-server-exit', { code, signal });
      });
      const ok = await waitHealthy(cs, port, Math.min(startupTimeoutMs, 60_000));
      if (ok) {
        host.port = port;
        break;
      }
      const inUse = logs.codeServer.some((l) => l.includes('EADDRINUSE'));
      killTreeSync([cs.pid]);
      if (!inUse || attempt >= 3) {
        throw new Error(`code-server did not become healthy on port ${port}\n${logs.tail(40)}`);
      }
    }

    // Browser.
    const { chromium } = requirePlaywright();
    // Playwright makes its profile and artifacts dirs under os.tmpdir() during launch: have them in
    // our dir, so they go too when a signal ends us before playwright can clean up.
    const savedTmp = process.env.TMPDIR;
    process.env.TMPDIR = env.TMPDIR;
    browser = await chromium
      .launch({
        executablePath: CHROMIUM,
        headless: true,
        args: CHROMIUM_FLAGS,
        // Chromium's crash-report database etc. follow XDG_CONFIG_HOME: keep them in our dir.
        env: { ...process.env, XDG_CONFIG_HOME: env.XDG_CONFIG_HOME, XDG_CACHE_HOME: env.XDG_CACHE_HOME },
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        timeout: 60_000,
      })
      .finally(() => {
        if (savedTmp === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = savedTmp;
      });
    if (stopped) {
      // stop() ran while Chromium was starting: it did not see this browser
      await Promise.race([browser.close().catch(() => {}), sleep(5000)]);
      host._killSync();
      throw new Error('host stopped during start-up');
    }
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    Object.assign(host, { browser, context, page });
    page.on('crash', () => events.emit('page-crash'));

    page.on('console', (msg) => {
      const line = `[${msg.type()}] ${msg.text()}`;
      logs.console.push(line);
      if (logs.console.length > 5000) logs.console.splice(0, 1000);
      if (onLog) onLog(`[browser] ${line}`);
    });
    page.on('pageerror', (err) => {
      logs.console.push(`[pageerror] ${err.message}`);
      if (onLog) onLog(`[browser] [pageerror] ${err.message}`);
    });
    // Must exist before the workbench loads: it looks them up at start-up.
    await page.exposeFunction('codeAutomationLog', (level, message) => {
      const line = String(message);
      logs.automation.push(`[${level}] ${line}`);
      if (logs.automation.length > 20000) logs.automation.splice(0, 5000);
      if (onAutomationLog) onAutomationLog(level, line);
    });
    await page.exposeFunction('codeAutomationExit', (code, logFiles) => {
      if (logsDir && Array.isArray(logFiles)) {
        for (const f of logFiles) {
          try {
            const dest = path.join(logsDir, 'workbench', path.normalize(f.relativePath).replace(/^(\.\.[/\\])+/, ''));
            fs.mkdirSync(path.dirname(dest), { recursive: true });
            fs.writeFileSync(dest, f.contents);
          } catch {
            /* best effort */
          }
        }
      }
      events.emit('automation-exit', Number(code));
    });

    const payload = [];
    if (webWorker) {
      extensionServer = await serveFolder(extensionDevelopmentPath);
      await developInWebWorker(page, host.port, extensionServer, extensionDevelopmentPath, extensionTestsPath);
    } else {
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(extensionTestsPath)]);
    }
    host.url = workbenchUrl(host.port, folder, payload);
    await page.goto(host.url, { waitUntil: 'domcontentloaded', timeout: startupTimeoutMs });
    await page.waitForSelector('.monaco-workbench', { state: 'visible', timeout: startupTimeoutMs });
    return host;
  } catch (e) {
    await host.stop().catch(() => {});
    throw e;
  }
}

async function waitHealthy(child, port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return true;
    } catch {
      /* not up yet */
    }
    await sleep(100);
  }
  return false;
}

const exthostDied = ({ code, signal }) =>
  `the extension host exited (code ${code}, signal ${signal}) before ` +
  'the tests reported a result: a test called process.exit(), or the extension host crashed';

// ── test mode ───────────────────────────────────────────────────────────────────────────────────
/**
 * Run the extension integration tests; resolves to the exit code (0 = pass). Never throws for a
 * test failure; throws only for bad arguments. Output goes to `out` (stdout), diagnostics to `err`.
 */
export async function runExtensionTests({
  extensionDevelopmentPath,
  extensionTestsPath,
  folder,
  timeoutMs = 180_000,
  settings = {},
  webWorker = false,
  logsDir,
  out = process.stdout,
  err = process.stderr,
  exitGraceMs = 5000,
} = {}) {
  requireAbs('--extension-dev-path', extensionDevelopmentPath, 'dir');
  requireAbs('--tests-path', extensionTestsPath, 'file');
  requireAbs('--folder', folder, 'dir');

  const started = Date.now();
  let host = null;
  let verdict = null; // { code, reason }
  let resolveDone;
  const done = new Promise((r) => {
    resolveDone = r;
  });
  const finish = (code, reason) => {
    if (!verdict) {
      verdict = { code, reason };
      resolveDone();
    }
  };
  let exthostExit = null;
  let graceTimer = null;

  const timer = setTimeout(() => finish(1, `timed out after ${Math.round(timeoutMs / 1000)} s`), timeoutMs);
  // Listen before anything starts: the tests can finish before startHost() returns.
  const events = new EventEmitter();
  events.once('starting', (h) => {
    host = h;
  });
  // The verdict needs both the page's report (codeAutomationExit) and code-server's log line for the
  // extension host's end, which come in either order: a test calling process.exit(N) makes the
  // page report 0 while only the log shows N; a crash shows a signal.
  let automationCode;
  const decide = () => {
    if (exthostExit && (exthostExit.code || exthostExit.signal))
      finish(exthostExit.code || 1, exthostDied(exthostExit));
    else if (automationCode === undefined) finish(1, exthostDied(exthostExit));
    else finish(automationCode, automationCode === 0 ? null : `tests reported exit code ${automationCode}`);
  };
  const awaitOther = () => {
    if (automationCode !== undefined && exthostExit) return decide();
    clearTimeout(graceTimer);
    graceTimer = setTimeout(decide, exitGraceMs);
  };
  events.on('automation-exit', (code) => {
    if (automationCode !== undefined) return;
    automationCode = code;
    // In the web worker host the tests ran in the browser: the Node host's end says nothing of them.
    if (webWorker) return finish(code, code === 0 ? null : `tests reported exit code ${code}`);
    // Closing the page disconnects the extension host, which then ends and is logged at once.
    if (!exthostExit && host?.page) host.page.close().catch(() => {});
    awaitOther();
  });
  events.on('exthost-exit', (info) => {
    if (exthostExit || webWorker) return;
    exthostExit = info;
    awaitOther();
  });
  events.on('code-server-exit', ({ code, signal }) => finish(1, `code-server exited (code ${code}, signal ${signal})`));
  events.on('page-crash', () => finish(1, 'the workbench page crashed'));
  try {
    startHost({
      folder,
      extensionDevelopmentPath,
      extensionTestsPath,
      webWorker,
      logsDir,
      events,
      settings,
      startupTimeoutMs: timeoutMs,
      onLog: (line) => {
        if (NO_TEST_HOST_RE.test(line))
          finish(1, "no extension host could run the tests (is the extension's entry for this host there?)");
      },
      onAutomationLog: (level, line) => {
        // Test output = what the extension host prints (console.* / process.stdout in the tests);
        // the workbench forwards it through its log service, mixed with its own log lines:
        // drop the known start-up chatter.
        if (level === 'trace' || level === 'debug' || WORKBENCH_NOISE_RE.test(line)) return;
        out.write(`${line}\n`);
      },
    }).catch((e) => finish(1, `could not start the VS Code host: ${e.stack || e.message}`));
    await done;
  } finally {
    clearTimeout(timer);
    clearTimeout(graceTimer);
    if (verdict.code !== 0) {
      err.write(
        `\nvscode-host: FAILED (${verdict.reason || `exit ${verdict.code}`}) after ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
      );
      if (host) {
        err.write(`---- code-server log (last 60 lines) ----\n${host.logs.tail(60)}\n`);
        const errs = host.logs.console.filter((l) => /^\[(error|pageerror)\]/.test(l)).slice(-15);
        if (errs.length) err.write(`---- browser console errors (last 15) ----\n${errs.join('\n')}\n`);
        if (logsDir) err.write(`(full logs in ${logsDir})\n`);
      }
    }
    if (host) await host.stop();
  }
  return verdict.code;
}

// ── CLI ─────────────────────────────────────────────────────────────────────────────────────────
function parseArgs(argv) {
  const [mode, ...rest] = argv;
  const o = { mode: ['-h', '--help', 'help'].includes(mode) ? 'help' : mode, settings: {} };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const eq = a.indexOf('=');
    const key = a.startsWith('--') && eq > 0 ? a.slice(0, eq) : a;
    const val = () => (a.startsWith('--') && eq > 0 ? a.slice(eq + 1) : rest[++i]);
    switch (key) {
      case '--extension-dev-path':
        o.extensionDevelopmentPath = path.resolve(val());
        break;
      case '--tests-path':
        o.extensionTestsPath = path.resolve(val());
        break;
      case '--folder':
        o.folder = path.resolve(val());
        break;
      case '--timeout':
        o.timeoutMs = Number(val()) * 1000;
        break;
      case '--logs-dir':
        o.logsDir = path.resolve(val());
        break;
      case '--web-worker':
        o.webWorker = true;
        break;
      case '--setting': {
        const kv = val();
        const j = kv.indexOf('=');
        if (j < 1) throw new Error(`--setting expects key=<json>, got ${kv}`);
        try {
          o.settings[kv.slice(0, j)] = JSON.parse(kv.slice(j + 1));
        } catch {
          o.settings[kv.slice(0, j)] = kv.slice(j + 1);
        }
        break;
      }
      case '-h':
      case '--help':
        o.mode = 'help';
        break;
      default:
        throw new Error(`unknown argument: ${a}`);
    }
  }
  return o;
}

const USAGE = `usage: node scripts/vscode-host.mjs test --extension-dev-path <abs dir> --tests-path <abs file> --folder <abs dir>
         [--timeout <s, default 180>] [--logs-dir <dir>] [--setting key=<json>]... [--web-worker]`;

async function main() {
  let o;
  try {
    o = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`${e.message}\n${USAGE}\n`);
    return 2;
  }
  if (o.mode === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (o.mode !== 'test') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (!(o.timeoutMs > 0)) o.timeoutMs = 180_000;
  try {
    return await runExtensionTests(o);
  } catch (e) {
    process.stderr.write(`vscode-host: ${e.message}\n${USAGE}\n`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  // process.exit: don't wait for stray handles; the 'exit' hook still kills anything left.
  main().then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`vscode-host: ${e.stack || e}\n`);
      process.exit(1);
    },
  );
}
