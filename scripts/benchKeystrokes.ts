// npm run bench, keystroke section: the latency of one keystroke typed into a paper entry (validated after each), full
// and incremental, and markdownlint linting the same post with its default rules (what a user would pick instead), as
// ratios against a bare remark-parse parse of the same post; what Full and Incremental text sync cost the server; and
// keystroke to diagnostics in the largest real post through the built language server, against VS Code's own markdown
// server with its diagnostics pulled after each edit, in interleaved rounds.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lint } from 'markdownlint/sync';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  type ProtocolConnection,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { reparseDigest } from '../server/src/core/reparseDigest';
import { DEFAULT_SCHEMA } from '../server/src/core/schema';
import { validateDigest, validateModel } from '../server/src/core/validate';
import { generatePost } from '../test/generatedBlog';
import { LspClient, SERVER } from '../test/lsp/lspClient';
import { measure, median, percentile, processCpuMs } from './bench';
import { benchBlog } from './benchWholeBlog';
import { MarkdownServer } from './markdownServer';

const OPTIONS = { fileName: '2025-10-31-daily-papers.md' };
const TYPED = '본 연구는 새로운 방법을 제안한다 ';
/** Keystrokes timed per size; whole-post work on 300 papers takes about a second a keystroke, so fewer of those. */
const KEYSTROKES = { incremental: 300, whole: { 3: 200, 30: 100, 300: 25 } as Record<number, number> };

const bareParser = unified().use(remarkParse);

/** The post after each of `count` keystrokes typed into the Method section of its middle entry, one in six a backspace. */
export function typing(post: string, count: number): string[] {
  const methods = [...post.matchAll(/^## Method *\n/gm)];
  const middle = methods[Math.floor(methods.length / 2)];
  let cursor = middle.index + middle[0].length;
  let text = post;
  return Array.from({ length: count }, (_, i) => {
    if (i % 6 === 5) text = text.slice(0, cursor - 1) + text.slice(cursor--);
    else text = text.slice(0, cursor) + TYPED[i % TYPED.length] + text.slice(cursor++);
    return text;
  });
}

/** Milliseconds each version took to check, after a few versions of warm-up. */
function perKeystroke(versions: string[], check: (text: string) => void): number[] {
  for (const text of versions.slice(0, 3)) check(text);
  return versions.slice(3).map((text) => {
    const start = performance.now();
    check(text);
    return performance.now() - start;
  });
}

function incrementalChecker(post: string): (text: string) => void {
  let previous = reparseDigest(undefined, post, DEFAULT_SCHEMA).model;
  return (text) => {
    previous = reparseDigest(previous, text, DEFAULT_SCHEMA).model;
    validateModel(previous, OPTIONS);
  };
}

/** Server-side cost of receiving one keystroke: decoding the didChange message and updating the document. */
function syncCost(post: string): { full: number; incremental: number } {
  const versions = typing(post, 60);
  const receive = (document: TextDocument, change: unknown, version: number) =>
    TextDocument.update(
      document,
      JSON.parse(JSON.stringify({ contentChanges: [change] })).contentChanges,
      version,
    ).getText();
  let i = 0;
  const full = measure(() => {
    i = (i + 1) % versions.length;
    receive(TextDocument.create('file:///post.md', 'markdown', 1, post), { text: versions[i] }, 2);
  }, 1000);
  const document = TextDocument.create('file:///post.md', 'markdown', 1, post);
  const at = document.positionAt(post.indexOf('## Method') + 10);
  let version = 1;
  const incremental = measure(() => receive(document, { range: { start: at, end: at }, text: '가' }, ++version), 1000);
  return { full, incremental };
}

export function keystrokeBench(): void {
  console.log(
    '\nkeystroke in a paper entry, validated after each: median / p95 in ms, (ratio to a bare remark-parse parse of the post)',
  );
  console.log(
    'papers  bytes      remark-parse     full validation               incremental                   markdownlint (defaults)',
  );
  const cell = (samples: number[], bare: number) => {
    const [mid, high] = [median(samples), percentile(samples, 0.95)];
    return `${mid.toFixed(2).padStart(7)} / ${high.toFixed(2).padStart(7)} (${(mid / bare).toFixed(3)}x / ${(high / bare).toFixed(3)}x)`.padEnd(
      30,
    );
  };
  for (const count of [3, 30, 300]) {
    const post = generatePost(count);
    const bare = measure(() => bareParser.parse(post));
    const whole = typing(post, KEYSTROKES.whole[count] + 3);
    const full = perKeystroke(whole, (text) => validateDigest(text, OPTIONS));
    const incremental = perKeystroke(typing(post, KEYSTROKES.incremental + 3), incrementalChecker(post));
    const markdownlint = perKeystroke(whole, (text) => lint({ strings: { post: text } }));
    console.log(
      `${String(count).padStart(6)}  ${String(Buffer.byteLength(post)).padStart(8)}  ${bare.toFixed(2).padStart(9)} ms   ${cell(full, bare)}${cell(incremental, bare)}${cell(markdownlint, bare)}`,
    );
  }
  const sync = syncCost(generatePost(300));
  console.log(
    `server side of one keystroke on 300 papers: Full sync ${sync.full.toFixed(2)} ms, Incremental sync ${sync.incremental.toFixed(2)} ms (decode the message, update the document)`,
  );
}

/** The same edits as `typing`, as the incremental changes an editor sends. */
function typedChanges(post: string, count: number): TextDocumentContentChangeEvent[] {
  let document = TextDocument.create('file:///post.md', 'markdown', 0, post);
  return typing(post, count).map((text, i) => {
    const before = document.getText();
    let start = 0;
    while (start < before.length && before[start] === text[start]) start++;
    let end = 0;
    while (end < before.length - start && end < text.length - start && before.at(-1 - end) === text.at(-1 - end)) end++;
    const change = {
      range: { start: document.positionAt(start), end: document.positionAt(before.length - end) },
      text: text.slice(start, text.length - end),
    };
    document = TextDocument.update(document, [change], i + 1);
    return change;
  });
}

/**
 * Rounds of keystrokes timed, after a warm-up, with a pause after each (a typist's: about 4 keystrokes a second to each
 * server); then bursts of keystrokes faster than the old fixed pause (120 ms), timed from the last one.
 */
const PEER = { rounds: 60, warmUp: 10, gapMs: 100, bursts: 5, burstLength: 20, burstGapMs: 60 };
const INDEXING = 'Paper Digest: indexing posts';

/** A language server typed into. */
interface Typed {
  name: string;
  /** The server's process. */
  pid: number;
  open(uri: string, text: string): Promise<void>;
  /** Sends the change; `diagnostics` once the server gives those of this version or a newer one. */
  type(
    uri: string,
    version: number,
    change: TextDocumentContentChangeEvent,
  ): Promise<{ diagnostics: Promise<unknown> }>;
  stop(): Promise<void>;
}

function sendChange(
  connection: ProtocolConnection,
  uri: string,
  version: number,
  change: TextDocumentContentChangeEvent,
): Promise<void> {
  return connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version },
    contentChanges: [change],
  });
}

/** A build of Paper Digest's server, once its index is built: diagnostics pushed, of the version typed. */
async function paperDigest(name: string, root: string, server: string): Promise<Typed> {
  const client = await LspClient.start({
    rootPath: root,
    server,
    capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
    // The open post alone: the whole-blog section times keystrokes while the closed posts are checked.
    settings: { diagnostics: { scope: 'openFiles' } },
  });
  await client.waitForProgressEnd(INDEXING, 1, 120_000);
  const published = (uri: string, version: number) =>
    client.waitForDiagnostics(uri, (p) => p.version !== undefined && p.version >= version);
  return {
    name,
    pid: client.process.pid!,
    async open(uri, text) {
      const received = published(uri, 1);
      await client.open(uri, text);
      await received;
    },
    async type(uri, version, change) {
      const diagnostics = published(uri, version);
      await sendChange(client.connection, uri, version, change);
      return { diagnostics };
    },
    stop: () => client.stop(),
  };
}

/** VS Code's markdown server: diagnostics pulled after each edit, as VS Code's client does. */
async function markdownServer(root: string): Promise<Typed> {
  const server = await MarkdownServer.start(root);
  return {
    name: "VS Code's markdown server, pulled (baseline)",
    pid: server.process.pid!,
    async open(uri, text) {
      server.texts.set(uri, text);
      await server.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version: 1, text },
      });
      await server.pull(uri);
    },
    async type(uri, version, change) {
      const document = TextDocument.create(uri, 'markdown', version - 1, server.texts.get(uri)!);
      server.texts.set(uri, TextDocument.update(document, [change], version).getText());
      await sendChange(server.connection, uri, version, change);
      return { diagnostics: server.pull(uri) };
    },
    stop: () => server.stop(),
  };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds from sending the last of the changes, one every `gapMs`, to its diagnostics. */
async function typedMs(
  server: Typed,
  uri: string,
  version: number,
  changes: TextDocumentContentChangeEvent[],
  gapMs: number,
): Promise<number> {
  let last: { diagnostics: Promise<unknown> } | undefined;
  let start = 0;
  for (const [i, change] of changes.entries()) {
    if (i) await pause(gapMs);
    start = performance.now();
    last = await server.type(uri, version + i, change);
  }
  await last?.diagnostics;
  return performance.now() - start;
}

/** The largest post of the blog. */
function largestPost(blog: string): string {
  const posts = join(blog, '_posts');
  return readdirSync(posts)
    .map((name) => join(posts, name))
    .reduce((largest, path) => (statSync(path).size > statSync(largest).size ? path : largest));
}

/**
 * Keystroke to diagnostics in the blog's largest post, this build against VS Code's markdown server (and another
 * build of ours, `BENCH_BASELINE_SERVER`: its `dist/server.js`), the same edits typed into each in turn, the order of
 * the servers alternating from round to round.
 */
export async function peerKeystrokeBench(): Promise<void> {
  if (!existsSync(SERVER))
    return void console.log('\nkeystroke against the markdown server: build first (npm run build)');
  const blog = benchBlog();
  const path = largestPost(blog);
  const post = readFileSync(path, 'utf8');
  const uri = pathToFileURL(path).href;
  const load = loadavg()[0];
  const servers = [await markdownServer(blog), await paperDigest('Paper Digest, this build', blog, SERVER)];
  if (process.env.BENCH_BASELINE_SERVER)
    servers.push(
      await paperDigest(`Paper Digest, ${process.env.BENCH_BASELINE_SERVER}`, blog, process.env.BENCH_BASELINE_SERVER),
    );
  const keystrokes = servers.map((): number[] => []);
  const bursts = servers.map((): number[] => []);
  /** Server CPU per keystroke, then per burst. */
  const cpu = servers.map(() => ({ keystroke: 0, burst: 0 }));
  const cpuOf = (i: number) => processCpuMs(servers[i].pid);
  /** The servers in turn, in another order each round. */
  const inTurn = async (round: number, run: (server: Typed, i: number) => Promise<void>) => {
    const order = servers.map((_, i) => i);
    if (round % 2) order.reverse();
    for (const i of order) await run(servers[i], i);
  };
  try {
    for (const server of servers) await server.open(uri, post);
    const changes = typedChanges(post, PEER.warmUp + PEER.rounds + PEER.bursts * PEER.burstLength);
    let version = 2;
    for (let round = 0; round < PEER.warmUp + PEER.rounds; round++, version++) {
      if (round === PEER.warmUp) cpu.forEach((spent, i) => (spent.keystroke = cpuOf(i)));
      await inTurn(round, async (server, i) => {
        const ms = await typedMs(server, uri, version, [changes[version - 2]], 0);
        if (round >= PEER.warmUp) keystrokes[i].push(ms);
        await pause(PEER.gapMs);
      });
    }
    cpu.forEach((spent, i) => (spent.keystroke = (cpuOf(i) - spent.keystroke) / PEER.rounds));
    cpu.forEach((spent, i) => (spent.burst = cpuOf(i)));
    for (let round = 0; round < PEER.bursts; round++, version += PEER.burstLength) {
      const burst = changes.slice(version - 2, version - 2 + PEER.burstLength);
      await inTurn(round, async (server, i) => {
        bursts[i].push(await typedMs(server, uri, version, burst, PEER.burstGapMs));
        await pause(PEER.gapMs);
      });
    }
    cpu.forEach((spent, i) => (spent.burst = (cpuOf(i) - spent.burst) / PEER.bursts));
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
  const papers = post.match(/^# \d+\./gm)?.length ?? 0;
  console.log(
    `\nkeystroke to diagnostics in the largest post (${path}, ${papers} papers, ${(Buffer.byteLength(post) / 1024).toFixed(0)} KB), the servers in turn; load average ${load.toFixed(1)} before, ${loadavg()[0].toFixed(1)} after.`,
  );
  console.log(
    `Server CPU leaves out the markdown server's parse (markdown-it, in its client). Median / p95 ms (ratio to the markdown server's).`,
  );
  const peer = 0; // the markdown server, first of the servers
  const row = (samples: number[][], i: number) => {
    const [mid, high] = [median(samples[i]), percentile(samples[i], 0.95)];
    const ratio = `${(mid / median(samples[peer])).toFixed(2)}x / ${(high / percentile(samples[peer], 0.95)).toFixed(2)}x`;
    return `${mid.toFixed(1).padStart(6)} / ${high.toFixed(1).padStart(6)} (${ratio})`.padEnd(34);
  };
  console.log(
    `  ${''.padEnd(58)} ${`${PEER.rounds} keystrokes, a pause after each`.padEnd(34)} CPU each  ${`${PEER.bursts} bursts of ${PEER.burstLength}, ${PEER.burstGapMs} ms apart: the last`.padEnd(34)} CPU each`,
  );
  for (const [i, server] of servers.entries()) {
    console.log(
      `  ${server.name.padEnd(58)} ${row(keystrokes, i)} ${cpu[i].keystroke.toFixed(1).padStart(5)} ms  ${row(bursts, i)} ${cpu[i].burst.toFixed(0).padStart(5)} ms`,
    );
  }
  console.log('  goal: Paper Digest / the markdown server at most 1.0x');
}

if (require.main === module) void peerKeystrokeBench();
