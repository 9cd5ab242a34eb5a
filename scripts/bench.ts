// npm run bench: how long validation takes next to a bare remark-parse parse of the same post, and how long the
// workspace index takes next to merely reading its files, as ratios; memory in MB. Then the sections of the other
// bench*.ts files (the preview with auto-save on among them).
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { DidChangeConfigurationNotification } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { parseDigest } from '../server/src/core/parseDigest';
import type { PostSummary } from '../server/src/core/postSummary';
import { validateDigest } from '../server/src/core/validate';
import { renderPostBody } from '../server/src/render';
import type { SummaryRequest } from '../server/src/workspace/summarizeFile';
import { nodeJobRunners } from '../server/src/lsp/nodeWorkers';
import { ServerWorkers } from '../server/src/lsp/workers';
import { nodeFileSystem } from '../server/src/workspace/nodeFileSystem';
import { generatePost, writeBlog } from '../test/generatedBlog';
import { LspClient, SERVER } from '../test/lsp/lspClient';
import { indexerFor } from '../test/workspace/testIndexer';
import { autoSaveBench } from './benchAutoSave';
import { engineBench } from './benchEngine';
import { keystrokeBench, peerKeystrokeBench } from './benchKeystrokes';
import { openBlogBench } from './benchOpenBlog';
import { previewBench } from './benchPreview';
import { renderAllBench } from './benchRenderAll';
import { wholeBlogBench } from './benchWholeBlog';

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of `run`, after warming up, over enough runs to take about `budgetMs`. */
export function measure(run: () => void, budgetMs = 1500): number {
  for (let i = 0; i < 3; i++) run();
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while (samples.length < 5 || (performance.now() < until && samples.length < 500)) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const bareParser = unified().use(remarkParse);

function validationBench(): void {
  console.log('papers  bytes     remark-parse   validation   ratio');
  for (const count of [3, 30, 300]) {
    const text = generatePost(count);
    const bare = measure(() => bareParser.parse(text));
    const full = measure(() => validateDigest(text, { fileName: '2025-10-31-daily-papers.md' }));
    console.log(
      `${String(count).padStart(6)}  ${String(Buffer.byteLength(text)).padStart(8)}  ${bare.toFixed(2).padStart(10)} ms  ${full.toFixed(2).padStart(8)} ms  ${(full / bare).toFixed(2)}x`,
    );
  }
}

/**
 * The post content HTML of a 30-paper post (what `render --body` prints) next to a remark-parse + remark-gfm parse of
 * it: measured in alternate turns, so that a busy machine slows both alike.
 */
async function renderBodyBench(): Promise<void> {
  const text = generatePost(30);
  const parser = unified().use(remarkParse).use(remarkGfm);
  const [rendered, parsed]: number[][] = [[], []];
  for (let turn = 0; turn < 20; turn++) {
    let start = performance.now();
    await renderPostBody({ text, allowSite: false });
    if (turn >= 5) rendered.push(performance.now() - start);
    start = performance.now();
    parser.parse(text);
    if (turn >= 5) parsed.push(performance.now() - start);
  }
  const [renderMs, parseMs] = [median(rendered), median(parsed)];
  console.log(
    `\n30-paper post content HTML: ${renderMs.toFixed(1)} ms, remark-parse + remark-gfm alone ${parseMs.toFixed(1)} ms: ${(renderMs / parseMs).toFixed(2)}x`,
  );
}

const INDEXED_POSTS = 1000;
const PAPERS_PER_POST = 10;
const FULLY_PARSED_SAMPLE = 100;
const INDEX_RUNS = 3;
export const WORKER_SCRIPT = join(__dirname, '../dist/jobWorker.js');
const INDEXING = 'Paper Digest: indexing posts';
const INDEX_CACHE_FILE = 'index-cache.json';

/** A full garbage collection, so that heap figures count only what is alive. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

interface Timing {
  wall: number;
  /** CPU milliseconds of the whole process, every thread: the cost apart from the machine's load. */
  cpu?: number;
  /** The share of the time this thread's event loop was busy: what a keystroke would have waited behind. */
  busy?: number;
}

async function timed(run: () => Promise<unknown>): Promise<Required<Timing>> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const loopStart = performance.eventLoopUtilization();
  await run();
  const cpu = process.cpuUsage(cpuStart);
  return {
    wall: performance.now() - start,
    cpu: (cpu.user + cpu.system) / 1000,
    busy: performance.eventLoopUtilization(loopStart).utilization,
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}

/** Milliseconds of CPU a process has used since it started, every thread (Linux's /proc; else 0). */
export function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
      .replace(/^.*\) /, '')
      .split(' ');
    // utime and stime (the 14th and 15th fields, the 12th and 13th after the command), in ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

export function percentile(samples: number[], fraction: number): number {
  return [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(samples.length * fraction))];
}

/** Summarizes on the worker thread the language server uses, when it is built. */
function workerSummarize(): ((request: SummaryRequest) => Promise<PostSummary | undefined>) | undefined {
  if (!existsSync(WORKER_SCRIPT)) return undefined;
  const workers = new ServerWorkers(
    nodeJobRunners(undefined, nodeFileSystem, WORKER_SCRIPT),
    nodeFileSystem,
    () => true,
  );
  return (request) => workers.summarize(request);
}

/** Medians of the timings of indexing the folder from scratch, in this thread or through `summarize`. */
async function indexTime(
  root: string,
  summarize?: (request: SummaryRequest) => Promise<PostSummary | undefined>,
): Promise<Timing> {
  const runs: Required<Timing>[] = [];
  for (let run = 0; run < INDEX_RUNS; run++) {
    const { indexer } = indexerFor([root], { summarize });
    runs.push(await timed(() => (indexer.indexAll(), indexer.whenIdle())));
  }
  return {
    wall: median(runs.map((run) => run.wall)),
    cpu: median(runs.map((run) => run.cpu)),
    busy: median(runs.map((run) => run.busy)),
  };
}

/** Heap the index of the folder keeps once built (after collecting the garbage of building it). */
async function indexHeap(root: string): Promise<number> {
  collectGarbage();
  const before = process.memoryUsage().heapUsed;
  const { index, indexer } = indexerFor([root]);
  indexer.indexAll();
  await indexer.whenIdle();
  collectGarbage();
  const held = process.memoryUsage().heapUsed - before;
  return index.postCount > 0 ? held : 0;
}

/** A typist who stops now and then: long enough for the server to index between keystrokes (it waits 250 ms). */
const TYPING_GAP_MS = 400;
const TYPED_KEYSTROKES = 30;

/** From a change sent to the server to its diagnostics (after a pause in typing, the server checks at once). */
async function serverKeystroke(client: LspClient, uri: string, post: string, version: number): Promise<number> {
  const received = client.waitForDiagnostics(uri, (params) => params.version === version);
  const start = performance.now();
  await client.change(uri, post.replace('본 논문은', `본 논문은 ${version}`), version);
  await received;
  return performance.now() - start;
}

/**
 * Typing into a post through the built language server, a pause of `TYPING_GAP_MS` after each keystroke's diagnostics: with the index built
 * (after a warm-up, before and after, so that the machine's drift weighs on both sides), and while the whole folder is
 * read again (a setting the summaries depend on changed). Also how long that second indexing took, with the typing
 * holding it back.
 */
async function serverTyping(
  root: string,
  post: string,
): Promise<{ idle: number[]; indexing: number[]; indexedMs: number } | undefined> {
  if (!existsSync(SERVER)) return undefined;
  const settings = { maxFileSize: 2_000_000 };
  const capabilities = { window: { workDoneProgress: true }, workspace: { configuration: true } };
  const client = await LspClient.start({ rootPath: root, capabilities, settings });
  try {
    await client.waitForProgressEnd(INDEXING, 1, 60_000);
    const uri = pathToFileURL(join(root, 'today.md')).href;
    await client.open(uri, post);
    let version = 1;
    for (let i = 0; i < 40; i++) await serverKeystroke(client, uri, post, ++version);
    const typed = async (going: () => boolean) => {
      const delays: number[] = [];
      while (delays.length < TYPED_KEYSTROKES || going()) {
        await new Promise((resolve) => setTimeout(resolve, TYPING_GAP_MS));
        delays.push(await serverKeystroke(client, uri, post, ++version));
      }
      return delays;
    };
    const idle = await typed(() => false);
    let indexed = false;
    const start = performance.now();
    const reindexed = client.waitForProgressEnd(INDEXING, 2, 120_000).then(() => {
      indexed = true;
      return performance.now() - start;
    });
    settings.maxFileSize++;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const indexing = await typed(() => !indexed);
    return { idle: [...idle, ...(await typed(() => false))], indexing, indexedMs: await reindexed };
  } finally {
    await client.stop();
  }
}

/** The language server's resident memory, read from /proc while it runs (Linux). */
function serverRss(client: LspClient): number {
  const status = existsSync(`/proc/${client.process.pid}/status`)
    ? readFileSync(`/proc/${client.process.pid}/status`, 'utf8')
    : '';
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024;
}

interface ServerIndexing {
  ms: number;
  peakRss: number;
  idleRss: number;
}

/**
 * The built language server over the folder, keeping its index cache in `storagePath`: time from start to its
 * "indexed" progress end, RSS at the peak and once the worker retired (and the cache was saved).
 */
async function serverIndexing(root: string, storagePath: string): Promise<ServerIndexing> {
  const start = performance.now();
  const client = await LspClient.start({
    rootPath: root,
    capabilities: { window: { workDoneProgress: true } },
    initializationOptions: { storageUri: URI.file(storagePath).toString() },
  });
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, serverRss(client));
  }, 50);
  await client.waitForProgressEnd(INDEXING, 1, 60_000);
  const ms = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 6000));
  clearInterval(sampler);
  const idleRss = serverRss(client);
  await client.stop();
  return { ms, peakRss, idleRss };
}

/** The server's first session over the folder, then a second one that finds the first one's cache. */
async function serverSessions(root: string): Promise<[ServerIndexing, ServerIndexing] | undefined> {
  if (!existsSync(SERVER)) return undefined;
  const storagePath = mkdtempSync(join(tmpdir(), 'paper-digest-bench-storage-'));
  try {
    const first = await serverIndexing(root, storagePath);
    // A second session without the first one's cache would measure a cold start again, as this bench did unnoticed.
    if (!existsSync(join(storagePath, INDEX_CACHE_FILE)))
      throw new Error(`the first session saved no ${INDEX_CACHE_FILE} in ${storagePath}`);
    return [first, await serverIndexing(root, storagePath)];
  } finally {
    rmSync(storagePath, { recursive: true, force: true });
  }
}

async function indexBench(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-bench-'));
  try {
    const { files } = writeBlog(root, INDEXED_POSTS, PAPERS_PER_POST);
    console.log(`\nworkspace index: ${files.length} posts of ${PAPERS_PER_POST} papers (budget: 3 s, 150 MB)`);
    console.log(
      `  ${availableParallelism()} cores, load average ${loadavg()[0].toFixed(1)} before (other processes slow every figure alike)`,
    );
    console.log(`  ${''.padEnd(52)}   wall   ratio      cpu  main thread busy`);
    const read = await timed(() => Promise.all(files.map((file) => readFile(file, 'utf8'))));
    const row = (what: string, { wall, cpu, busy }: Timing) =>
      console.log(
        `  ${what.padEnd(52)} ${wall.toFixed(0).padStart(6)} ms ${(wall / read.wall).toFixed(2).padStart(6)}x${
          cpu === undefined ? '' : ` ${cpu.toFixed(0).padStart(6)} ms`
        }${busy === undefined ? '' : ` ${(100 * busy).toFixed(0).padStart(6)} %`}`,
      );
    row('read every file (baseline)', read);
    row(`index in this thread (median of ${INDEX_RUNS})`, await indexTime(root));
    const summarize = workerSummarize();
    if (summarize)
      row(`index on the summary worker thread (median of ${INDEX_RUNS})`, await indexTime(root, summarize));
    const sample = files.slice(0, FULLY_PARSED_SAMPLE).map((file) => readFileSync(file, 'utf8'));
    const fullParses = await timed(async () => sample.forEach((text) => parseDigest(text)));
    const scale = files.length / sample.length;
    row(`full parses instead (${FULLY_PARSED_SAMPLE} posts, scaled)`, {
      wall: fullParses.wall * scale,
      cpu: fullParses.cpu * scale,
      busy: fullParses.busy,
    });
    const sessions = await serverSessions(root);
    if (sessions) {
      row('language server: start to "indexed"', { wall: sessions[0].ms });
      row("  again, with the first session's cache", { wall: sessions[1].ms });
    }
    console.log(`  the index holds ${megabytes(await indexHeap(root))} of heap`);
    for (const [what, server] of sessions
      ? ([
          ['first session', sessions[0]],
          ['with the cache', sessions[1]],
        ] as const)
      : []) {
      console.log(
        `  language server RSS, ${what}: ${megabytes(server.peakRss)} at the peak, ${megabytes(server.idleRss)} once idle`,
      );
    }

    const typing = await serverTyping(root, generatePost(PAPERS_PER_POST));
    if (!typing) return;
    console.log(
      `\nkeystroke in a ${PAPERS_PER_POST}-paper post, a pause of ${TYPING_GAP_MS} ms after each: the server's time from change to`,
    );
    console.log(`diagnostics                                                        median      p95   ratio`);
    const rows: [string, number[]][] = [
      ['idle (before and after, after a warm-up)', typing.idle],
      ['while the folder is indexed again', typing.indexing],
    ];
    for (const [what, delays] of rows) {
      console.log(
        `  ${what.padEnd(55)} ${median(delays).toFixed(1).padStart(6)} ms ${percentile(delays, 0.95).toFixed(1).padStart(6)} ms  ${(median(delays) / median(typing.idle)).toFixed(2)}x`,
      );
    }
    console.log(
      `  indexing again took ${(typing.indexedMs / 1000).toFixed(1)} s while typing (files wait for a 250 ms pause in typing)`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--index')) return indexBench();
  validationBench();
  await renderBodyBench();
  keystrokeBench();
  await peerKeystrokeBench();
  await indexBench();
  await wholeBlogBench();
  await openBlogBench();
  await previewBench();
  await autoSaveBench();
  renderAllBench();
  await engineBench();
}

if (require.main === module) void main();
