// npm run bench, open-blog section: what the language server costs with a generated blog of 1,000 posts open and no
// post open in the editor, against `paper-digest check _posts` of the same folder in the same run: its CPU (every
// thread, from /proc) from its start until it is quiet, in a first session and in a second one that finds the first
// one's storage; the `workspace/configuration` requests it makes; its peak RSS (VmHWM). Linux only (/proc).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'vscode-uri';
import { writeBlog } from '../test/generatedBlog';
import { ENGLISH_ENV, REPO } from '../test/helpers';
import { LspClient, SERVER } from '../test/lsp/lspClient';

const CLI = join(REPO, 'dist/cli.js');
const GNU_TIME = '/usr/bin/time';
export const OPEN_BLOG_POSTS = 1000;
const PAPERS_PER_POST = 10;
/** Clock ticks per second of /proc/<pid>/stat's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;
/** The server is quiet once its CPU grew by less than this over `QUIET_WINDOW_MS`. */
const QUIET_CPU_SECONDS = 0.05;
const QUIET_WINDOW_MS = 3000;
const SAMPLE_MS = 250;
/**
 * The index's worker retires 5 s after its last job (INDEX in server/src/lsp/poolShapes.ts), and V8 unmaps the pages
 * the server's collection after a burst freed some seconds later: RSS once quiet is read this long after.
 */
const WORKER_RETIRED_MS = 20_000;
/** A session that is not quiet by then is reported as such. */
const SESSION_LIMIT_MS = 15 * 60_000;

export interface OpenSession {
  /** CPU seconds of the server process (every thread) from its start until quiet, the quiet window left out. */
  cpu: number;
  peakMb: number;
  /** RSS once quiet, its index worker retired. */
  quietMb: number;
  configurationRequests: number;
  /** Posts listed with problems. */
  listed: number;
}

/** User + system CPU seconds of a process and its waited-for children, every thread included. */
function processCpu(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the command: state is field 3; utime, stime, cutime, cstime are fields 14 to 17.
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
  return (utime + stime + cutime + cstime) / TICKS_PER_SECOND;
}

/** VmHWM (the peak) or VmRSS (now) of the process, in MB. */
function rssMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) / 1024;
}

/** A session of the built server over `blog`, its storage in `storage`, until its CPU is quiet. */
export async function openSession(blog: string, storage: string): Promise<OpenSession> {
  const client = await LspClient.start({
    rootPath: blog,
    capabilities: { workspace: { configuration: true }, window: { workDoneProgress: true } },
    initializationOptions: { storageUri: URI.file(storage).toString() },
  });
  let configurationRequests = 0;
  client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => {
    configurationRequests++;
    return params.items.map(() => ({}));
  });
  const listed = new Set<string>();
  client.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: [] }) => {
    if (params.diagnostics.length) listed.add(params.uri);
    else listed.delete(params.uri);
  });
  const pid = client.process.pid!;
  try {
    const start = Date.now();
    const samples: number[] = [];
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
      samples.push(processCpu(pid));
      const window = QUIET_WINDOW_MS / SAMPLE_MS;
      const quiet = samples.length > window && samples.at(-1)! - samples.at(-1 - window)! < QUIET_CPU_SECONDS;
      if (quiet || Date.now() - start > SESSION_LIMIT_MS) {
        await new Promise((resolve) => setTimeout(resolve, WORKER_RETIRED_MS));
        return {
          cpu: samples.at(-1 - window)!,
          peakMb: rssMb(pid, 'VmHWM'),
          quietMb: rssMb(pid, 'VmRSS'),
          configurationRequests,
          listed: listed.size,
        };
      }
    }
  } finally {
    await client.stop();
  }
}

/** CPU seconds (children included) and peak MB of `paper-digest check _posts` in `blog`, with its cache in `cache`. */
function checkRun(blog: string, cache: string): { cpu: number; peakMb: number } {
  const report = join(tmpdir(), `paper-digest-time-${process.pid}`);
  spawnSync(GNU_TIME, ['-f', '%U %S %M', '-o', report, process.execPath, CLI, 'check', '_posts'], {
    cwd: blog,
    env: { ...ENGLISH_ENV, XDG_CACHE_HOME: cache },
    stdio: 'ignore',
  });
  const [user, system, kb] = readFileSync(report, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
  rmSync(report, { force: true });
  return { cpu: user + system, peakMb: kb / 1024 };
}

export async function openBlogBench(): Promise<void> {
  if (!existsSync(SERVER) || !existsSync(CLI) || !existsSync(GNU_TIME) || !existsSync('/proc/self/stat')) {
    console.log('\nthe server open on a big blog: skipped (needs the build, GNU time and /proc)');
    return;
  }
  const blog = mkdtempSync(join(tmpdir(), 'paper-digest-bench-open-'));
  const storage = mkdtempSync(join(tmpdir(), 'paper-digest-bench-open-storage-'));
  const cache = mkdtempSync(join(tmpdir(), 'paper-digest-bench-open-cache-'));
  try {
    writeBlog(blog, OPEN_BLOG_POSTS, PAPERS_PER_POST, 50);
    writeFileSync(join(blog, '_config.yml'), 'title: A generated blog\npermalink: /:year/:month/:day/:title/\n');
    console.log(
      `\nthe server open on ${OPEN_BLOG_POSTS} posts of ${PAPERS_PER_POST} papers, none open (goals: 1.5x and 0.2x check's CPU, a handful of settings requests, 120 MB)`,
    );
    console.log(`  ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} before`);
    checkRun(blog, cache);
    const check = checkRun(blog, cache);
    const first = await openSession(blog, storage);
    const second = await openSession(blog, storage);
    console.log(`  ${''.padEnd(44)}    CPU   ratio   peak RSS  settings requests  posts listed  RSS once quiet`);
    const row = (what: string, run: { cpu: number; peakMb: number }, rest = '') =>
      console.log(
        `  ${what.padEnd(44)} ${run.cpu.toFixed(2).padStart(6)} s ${(run.cpu / check.cpu).toFixed(2).padStart(6)}x ${run.peakMb.toFixed(0).padStart(7)} MB${rest}`,
      );
    row('paper-digest check _posts (baseline, warm)', check);
    for (const [what, session] of [
      ['server, first session, start to quiet', first],
      ['server, second session (same storage)', second],
    ] as const)
      row(
        what,
        session,
        `${String(session.configurationRequests).padStart(19)} ${String(session.listed).padStart(13)} ${session.quietMb.toFixed(0).padStart(12)} MB`,
      );
    console.log(`  load average ${loadavg()[0].toFixed(1)} after`);
  } finally {
    for (const folder of [blog, storage, cache]) rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) void openBlogBench();
