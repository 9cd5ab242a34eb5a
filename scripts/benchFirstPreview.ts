// npm run bench, first contact: the first preview of the session as a new user meets it, on the real blog when it is
// there (PAPER_DIGEST_BLOG, ../shared/blog), else the test blog: a language server just started, its storage empty,
// default settings (nothing raised, nothing warmed), asked for the 3-paper post; the webview script in headless
// Chromium shows each answer. Timed: the first screen of the post, and the site's styles applied (the answers the
// preview asks for once the server says they are built). Then a warm render of the same post in the same server (a
// fresh page asking for everything: the baseline of the ratios); a second session on the same storage (the workspace's
// and the extension's); and a new workspace's first session (its storage empty) with the extension's compiled code
// kept by the first (the extension's global storage). The second session's first screen is the page the first kept
// (client/src/preview/keptPages.ts, as the preview panel keeps it), read and shown while the server starts, timed from
// the server's spawn; then the fresh render. Each with the machine as it is, and again under two busy loops this
// bench starts.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { RenderParams, RenderResult, ToWebview } from '../server/src/protocol';
import { RENDER_METHOD, shownAfter, SITE_STYLES_READY_METHOD } from '../server/src/protocol/render';
import type { Failure } from '../server/src/protocol/requests';
import { EXAMPLE_POST } from '../test/editorScenario';
import { LspClient } from '../test/lsp/lspClient';
import { RESOURCE_ORIGIN, WebviewPage } from '../test/preview-src/webviewPage';
import {
  KeptPages,
  ShownPage,
  type KeptFolder,
  type PageContext,
  type WholePage,
} from '../client/src/preview/keptPages';
import { median, processCpuMs } from './bench';
import { benchBlog } from './benchWholeBlog';

/** Cold sessions per load: each compiles the real blog's Sass (4 s of CPU). */
const SESSIONS = 3;
const BUSY_LOOPS = 2;

interface FirstPreview {
  /** From the server's spawn to the page the session before kept shown, if there was one. */
  kept?: number;
  /** From the request (or the server's spawn, with a kept page) to the post's first screen shown. */
  firstScreen: number;
  /** From the request to the site's styles applied. */
  styled: number;
  /** The CPU time the server (all its threads) spent from its start to each. */
  firstScreenCpu: number;
  styledCpu: number;
  /** Answers that were a time-out (or another failure) instead of the post. */
  failures: string[];
}

/** A server session on `blog` with its storage in `storage`, and the preview panel's side of the conversation. */
class Session {
  private shown: RenderResult | undefined;
  private readonly held = new ShownPage();
  /** The pages this session keeps (as the panel does: once whole and styled), and the writes under way. */
  keeper?: { pages: KeptPages; text: string };
  keeping = Promise.resolve();
  private stylesReady = 0;
  private readonly readyWaiters: (() => void)[] = [];

  private constructor(
    private readonly client: LspClient,
    private readonly blog: string,
    private readonly page: WebviewPage,
  ) {
    client.connection.onNotification(SITE_STYLES_READY_METHOD, () => {
      this.stylesReady++;
      for (const waiter of this.readyWaiters.splice(0)) waiter();
    });
  }

  static async start(blog: string, storage: Storage, page: WebviewPage): Promise<Session> {
    const client = await LspClient.start({
      rootPath: blog,
      initializationOptions: {
        storageUri: pathToFileURL(storage.workspace).href,
        globalStorageUri: pathToFileURL(storage.global).href,
      },
    });
    return new Session(client, blog, page);
  }

  /**
   * The post's first preview on a fresh page (or on the kept page shown already, `since` the server's spawn): the first
   * screen, the rest, then the styles once built.
   */
  async firstPreview(uri: string, kept?: WholePage, since?: number): Promise<FirstPreview> {
    this.shown = kept;
    if (kept) this.held.add(kept);
    const failures: string[] = [];
    const start = since ?? performance.now();
    // The server tells of styles built after it answered that they were loading: counted from each request on.
    let ready = this.stylesReady;
    let answer = await this.render(uri, failures, 0);
    const firstScreen = performance.now() - start;
    const firstScreenCpu = this.serverCpu();
    while (answer && (!answer.complete || answer.stylesLoading)) {
      if (answer.complete && this.stylesReady === ready)
        await new Promise<void>((resolve) => this.readyWaiters.push(resolve));
      ready = this.stylesReady;
      answer = await this.render(uri, failures);
    }
    return { firstScreen, styled: performance.now() - start, firstScreenCpu, styledCpu: this.serverCpu(), failures };
  }

  private serverCpu(): number {
    return processCpuMs(this.client.process.pid!);
  }

  private async render(uri: string, failures: string[], viewLine?: number): Promise<RenderResult | undefined> {
    const params: RenderParams = {
      uri,
      trusted: true,
      remoteContent: false,
      resourceRoots: [{ path: this.blog, webviewUri: `${RESOURCE_ORIGIN}${this.blog}` }],
      shown: this.shown && shownAfter(this.shown),
      viewLine: this.shown ? undefined : viewLine,
    };
    const answer = await this.client.connection.sendRequest<RenderResult | Failure>(RENDER_METHOD, params);
    if ('error' in answer) {
      failures.push(answer.error);
      return undefined;
    }
    this.shown = answer;
    const whole = this.held.add(answer);
    if (whole && answer.complete && !answer.stylesLoading && this.keeper)
      this.keeping = this.keeper.pages.keep(uri, this.keeper.text, PAGE_CONTEXT(this.blog), whole);
    const message: ToWebview = { type: 'render', ...answer };
    await this.page.show([message]);
    return answer;
  }

  stop(): Promise<void> {
    return this.client.stop();
  }
}

/** The extension's storage folders: the workspace's (`storageUri`) and every workspace's (`globalStorageUri`). */
interface Storage {
  workspace: string;
  global: string;
}

/** What the bench's pages depend on besides the post's text (the request's settings above). */
const PAGE_CONTEXT = (blog: string): PageContext => ({
  extensionVersion: 'bench',
  language: 'en',
  trusted: true,
  remoteContent: false,
  resourceRoots: [{ path: blog, webviewUri: `${RESOURCE_ORIGIN}${blog}` }],
});

/** The pages the preview keeps in the workspace's storage, in a folder of `storage` as the panel's (Node's fs here). */
function keptPages(storage: Storage): KeptPages {
  const folder = join(storage.workspace, 'preview-pages');
  const fsFolder: KeptFolder = {
    list: async () => {
      await mkdir(folder, { recursive: true });
      const names = await readdir(folder);
      return Promise.all(
        names.map(async (name) => {
          const { mtimeMs, size } = await stat(join(folder, name));
          return { name, mtime: mtimeMs, size };
        }),
      );
    },
    read: (name) => readFile(join(folder, name)),
    write: (name, data) => writeFile(join(folder, name), data),
    delete: (name) => rm(join(folder, name), { force: true }),
  };
  return new KeptPages(fsFolder);
}

/**
 * A session whose preview first shows the page the session before kept (read and shown while the server starts, as
 * the extension registers its preview before it starts its client), then renders the post afresh over it.
 */
async function sessionWithKeptPage(blog: string, storage: Storage, page: WebviewPage, uri: string, text: string) {
  const start = performance.now();
  const showKept = async () => {
    const kept = await keptPages(storage).find(uri, text, PAGE_CONTEXT(blog));
    if (kept) await page.show([{ type: 'render', ...kept, kept: true }]);
    return { kept, at: performance.now() - start };
  };
  const [session, shown] = await Promise.all([Session.start(blog, storage, page), showKept()]);
  const preview = await session.firstPreview(uri, shown.kept, start);
  await session.stop();
  return { ...preview, kept: shown.kept && shown.at };
}

/** How long the first session is given, once its styles are applied, to keep its workers' compiled code. */
const CODE_KEPT_WITHIN_MS = 20_000;

/**
 * Resolves once the preview's workers have kept their compiled code (they do so when they rest after their first
 * work, as they would in a session longer than the bench's), or after CODE_KEPT_WITHIN_MS; says how many they kept.
 */
async function codeKept(global: string): Promise<number> {
  const folder = join(global, 'code-cache');
  const kept = () => (existsSync(folder) ? readdirSync(folder).filter((name) => name.endsWith('.v8')).length : 0);
  for (const start = performance.now(); kept() < 2 && performance.now() - start < CODE_KEPT_WITHIN_MS;)
    await new Promise((resolve) => setTimeout(resolve, 200));
  return kept();
}

/** Two processes that spin, as a loaded machine's other work; stopped by `stop`. */
function busyLoops(count: number): { stop(): void } {
  const loops: ChildProcess[] = [];
  for (let i = 0; i < count; i++) loops.push(spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  return { stop: () => loops.forEach((loop) => loop.kill()) };
}

const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
const ratio = (value: number, baseline: number) => `${(value / baseline).toFixed(2).padStart(6)}x`;

async function measure(source: string, post: string, page: WebviewPage) {
  const cold: FirstPreview[] = [];
  const second: FirstPreview[] = [];
  const newWorkspace: FirstPreview[] = [];
  const warm: number[] = [];
  const codeFiles: number[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    const blog = mkdtempSync(join(tmpdir(), 'paper-digest-bench-first-'));
    const folder = () => mkdtempSync(join(tmpdir(), 'paper-digest-bench-storage-'));
    const storage = { workspace: folder(), global: folder() };
    const otherWorkspace = { ...storage, workspace: folder() };
    cpSync(source, blog, { recursive: true });
    const uri = pathToFileURL(join(blog, post)).href;
    const text = readFileSync(join(blog, post), 'utf8');
    const session = async (kept: Storage, after?: (session: Session) => Promise<void>) => {
      const started = await Session.start(blog, kept, page);
      started.keeper = { pages: keptPages(kept), text };
      const preview = await started.firstPreview(uri);
      await after?.(started);
      await started.stop();
      return preview;
    };
    try {
      cold.push(
        await session(storage, async (first) => {
          warm.push((await first.firstPreview(uri)).styled);
          codeFiles.push(await codeKept(storage.global));
          await first.keeping;
        }),
      );
      second.push(await sessionWithKeptPage(blog, storage, page, uri, text));
      newWorkspace.push(await session(otherWorkspace));
    } finally {
      for (const path of [blog, storage.workspace, storage.global, otherWorkspace.workspace])
        rmSync(path, { recursive: true, force: true });
    }
  }
  return { cold, second, newWorkspace, warm: median(warm), codeFiles };
}

function report(what: string, runs: FirstPreview[], warm: number): void {
  const of = (name: Exclude<keyof FirstPreview, 'failures' | 'kept'>) => median(runs.map((run) => run[name]));
  const failures = runs.flatMap((run) => run.failures);
  const kept = runs.flatMap((run) => (run.kept === undefined ? [] : [run.kept]));
  if (kept.length)
    console.log(
      `  ${what.padEnd(40)} the kept page ${ms(median(kept))} ${ratio(median(kept), warm)}   (${kept.length} of ${runs.length} sessions had it; the fresh render below from the server's spawn too)`,
    );
  console.log(
    `  ${what.padEnd(40)} first screen ${ms(of('firstScreen'))} ${ratio(of('firstScreen'), warm)}   styles applied ${ms(of('styled'))} ${ratio(of('styled'), warm)}   server CPU since its start ${ms(of('firstScreenCpu'))} / ${ms(of('styledCpu'))}   time-outs ${failures.length}`,
  );
  for (const failure of new Set(failures)) console.log(`    ${failure}`);
}

export async function firstPreviewBench(): Promise<void> {
  if (!existsSync(join(__dirname, '../dist/server.js')) || !WebviewPage.available()) {
    console.log('\nfirst preview: skipped (needs npm run build and /usr/bin/chromium)');
    return;
  }
  const source = benchBlog();
  const post = join('_posts', EXAMPLE_POST.split('/').pop()!);
  if (!existsSync(join(source, post))) return console.log(`\nfirst preview: skipped (${source} has no ${post})`);
  const papers = (readFileSync(join(source, post), 'utf8').match(/^# \d+\./gm) ?? []).length;
  console.log(
    `\nfirst contact: the first preview of ${post} (${papers} papers) on ${source}, default settings, median of ${SESSIONS} sessions`,
  );
  const page = await WebviewPage.open(tmpdir());
  try {
    for (const loops of [0, BUSY_LOOPS]) {
      const load = loops ? busyLoops(loops) : undefined;
      try {
        const { cold, second, newWorkspace, warm, codeFiles } = await measure(source, post, page);
        console.log(
          `  ${loops ? `under ${loops} busy loops` : 'the machine as it is'} (load average ${loadavg()[0].toFixed(1)}): a warm render of the post (fresh page, everything) ${ms(warm)}  1.00x`,
        );
        report('cold: server started, storage empty', cold, warm);
        report('second session, storage kept', second, warm);
        report("new workspace, the extension's code kept", newWorkspace, warm);
        console.log(`    compiled code files kept by the first sessions: ${codeFiles.join(', ')}`);
      } finally {
        load?.stop();
      }
    }
  } finally {
    await page.close();
  }
}

if (require.main === module) void firstPreviewBench();
