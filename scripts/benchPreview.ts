// npm run bench, preview section: typing into a post of 3, 39 and 300 papers through the built language server with
// the preview's webview script in headless Chromium. Per keystroke: the time from the change to the server's
// `paperDigest/render` answer, then from posting that answer to the webview to its page patched and laid out, and
// their sum, beside the full validation of the same text in this process (the ratio is what to compare across
// machines). The first preview of a post once the site is cached, seven posts of each size: its first answer (the
// screenful at the editor's top) shown, and the whole post shown after the render the panel asks for next, beside
// seven more posts asked for whole in one answer (the panel's way before, the baseline for the whole post). The site
// is the bundled test blog, or the one `PAPER_DIGEST_BLOG` names (copied, never touched). What the first preview of a
// session costs (the site read, its Sass built) is measured cold first, by benchFirstPreview.ts.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { PreviewProblem, RenderParams, RenderResult, ShownPreview, ToWebview } from '../server/src/protocol';
import { RENDER_METHOD, shownAfter, SITE_STYLES_READY_METHOD } from '../server/src/protocol/render';
import { LineIndex } from '../server/src/core/span';
import { validateDigest } from '../server/src/core/validate';
import { generatePost } from '../test/generatedBlog';
import { REPO } from '../test/helpers';
import { LspClient } from '../test/lsp/lspClient';
import { median, percentile } from './bench';
import { firstPreviewBench } from './benchFirstPreview';
import { typing } from './benchKeystrokes';
import { RESOURCE_ORIGIN, WebviewPage } from '../test/preview-src/webviewPage';

const SITE = process.env.PAPER_DIGEST_BLOG ?? join(REPO, 'test/fixtures/blog');
const KEYSTROKES: Record<number, number> = { 3: 60, 39: 60, 300: 40 };
const WARM_UP = 3;
/** First previews of each size, each of another post (nothing of it rendered before). */
const FIRST_PREVIEWS = 7;

interface Shown {
  server: number;
  webview: number;
  bytes: number;
  complete: boolean;
  stylesLoading: boolean;
}

/** The preview panel's side of the conversation: asks for renders and posts them to the webview as the panel does. */
export class PreviewPanelStandIn {
  private shown: ShownPreview | undefined;

  constructor(
    private readonly client: LspClient,
    private readonly root: string,
    private readonly page: WebviewPage,
  ) {}

  /** One render, as the panel asks for it (with the editor at the top) and shows it: the server's time, the webview's, and the answer's size. */
  async render(uri: string, problems: PreviewProblem[], inOneAnswer = false): Promise<Shown> {
    const params: RenderParams = {
      uri,
      trusted: true,
      remoteContent: true,
      resourceRoots: [{ path: this.root, webviewUri: `${RESOURCE_ORIGIN}${this.root}` }],
      shown: this.shown,
      viewLine: this.shown?.blockKeys.length || inOneAnswer ? undefined : 0,
    };
    const start = performance.now();
    const result = await this.client.connection.sendRequest<RenderResult>(RENDER_METHOD, params);
    const server = performance.now() - start;
    this.shown = shownAfter(result);
    const render: ToWebview = {
      type: 'render',
      blocks: result.blocks,
      chrome: result.chrome,
      styles: result.styles,
      stylesLoading: result.stylesLoading,
      notes: result.notes,
    };
    const webview = await this.page.show([render, { type: 'problems', problems }]);
    return {
      server,
      webview,
      bytes: JSON.stringify(result).length,
      complete: result.complete !== false,
      stylesLoading: result.stylesLoading === true,
    };
  }

  /**
   * A post's first preview: its first answer shown, then the renders the panel asks for at once until the whole post
   * is; or, `inOneAnswer`, the whole post asked for at once (as the panel did before it asked for the first screen).
   */
  async firstPreview(
    uri: string,
    problems: PreviewProblem[],
    inOneAnswer = false,
  ): Promise<{ first: Shown; whole: number; bytes: number }> {
    const start = performance.now();
    const first = await this.render(uri, problems, inOneAnswer);
    let bytes = first.bytes;
    for (let last = first; !last.complete; bytes += last.bytes) last = await this.render(uri, problems);
    return { first, whole: performance.now() - start, bytes };
  }

  /** Another post, as the panel follows the editor to it: the page keeps its stylesheets. */
  follow(): void {
    this.shown = this.shown && { stylesKey: this.shown.stylesKey, blockKeys: [] };
  }
}

function problemsOf(text: string): { problems: PreviewProblem[]; ms: number } {
  const start = performance.now();
  const { diagnostics } = validateDigest(text, { fileName: '2025-10-31-daily-papers.md' });
  const ms = performance.now() - start;
  const lines = new LineIndex(text);
  return {
    problems: diagnostics.map(({ span, severity, message }) => ({
      line: lines.positionAt(span.start).line,
      severity,
      message,
    })),
    ms,
  };
}

const cell = (samples: number[]) =>
  `${median(samples).toFixed(0).padStart(5)} / ${percentile(samples, 0.95).toFixed(0).padEnd(5)}`;

export async function previewBench(): Promise<void> {
  await firstPreviewBench();
  if (!existsSync(join(REPO, 'dist/server.js')) || !WebviewPage.available()) {
    console.log('\npreview: skipped (needs npm run build and /usr/bin/chromium)');
    return;
  }
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-preview-bench-'));
  cpSync(SITE, root, { recursive: true });
  const client = await LspClient.start({ rootPath: root });
  const stylesBuilt = new Promise<void>((resolve) =>
    client.connection.onNotification(SITE_STYLES_READY_METHOD, resolve),
  );
  const page = await WebviewPage.open(root);
  const panel = new PreviewPanelStandIn(client, root, page);
  try {
    // The site is read and its Sass built for the first preview of any post (measured cold above); the figures below
    // are of the posts that follow, with the site's work done.
    const warm = join(root, '_posts', '2025-10-30-bench-warm.md');
    writeFileSync(warm, generatePost(1));
    const first = await panel.render(pathToFileURL(warm).href, []);
    if (first.stylesLoading) await stylesBuilt;
    console.log(
      `\npreview through the built server (${SITE}) and the webview script in headless Chromium, ms (median / p95), once the site's work is done`,
    );
    console.log(
      'papers | first preview, first answer: server + webview = total       | whole post   | in one answer | answers | keystroke: server      webview      total        | answer | validation   | total p95 / validation p95',
    );
    for (const count of [3, 39, 300]) {
      const post = generatePost(count);
      const firsts: Array<{
        server: number;
        webview: number;
        total: number;
        whole: number;
        firstBytes: number;
        bytes: number;
      }> = [];
      const inOneAnswer: number[] = [];
      let uri = '';
      const firstPreviewOfAnotherPost = async (name: string, oneAnswer: boolean) => {
        const file = join(root, '_posts', `2025-10-31-bench-${count}-${name}.md`);
        writeFileSync(file, post);
        uri = pathToFileURL(file).href;
        await client.open(uri, post);
        panel.follow();
        return panel.firstPreview(uri, problemsOf(post).problems, oneAnswer);
      };
      // Alternated, so that both see the same load of the machine.
      for (let i = 0; i < FIRST_PREVIEWS; i++) {
        inOneAnswer.push((await firstPreviewOfAnotherPost(`whole-${i}`, true)).whole);
        const { first, whole, bytes } = await firstPreviewOfAnotherPost(String(i), false);
        firsts.push({
          server: first.server,
          webview: first.webview,
          total: first.server + first.webview,
          whole,
          firstBytes: first.bytes,
          bytes,
        });
      }
      const of = (name: keyof (typeof firsts)[number]) => firsts.map((first) => first[name]);
      const server: number[] = [];
      const webview: number[] = [];
      const total: number[] = [];
      const sizes: number[] = [];
      const validations: number[] = [];
      let version = 2;
      for (const text of typing(post, KEYSTROKES[count])) {
        const checked = problemsOf(text);
        await client.change(uri, text, version++);
        const render = await panel.render(uri, checked.problems);
        server.push(render.server);
        webview.push(render.webview);
        total.push(render.server + render.webview);
        sizes.push(render.bytes);
        validations.push(checked.ms);
      }
      const [s, w, t, v] = [server, webview, total, validations].map((samples) => samples.slice(WARM_UP));
      const kB = (name: 'firstBytes' | 'bytes') => (median(of(name)) / 1000).toFixed(0);
      console.log(
        `${String(count).padStart(6)} | ${cell(of('server'))} + ${cell(of('webview'))} = ${cell(of('total'))} | ${cell(of('whole'))} | ${cell(inOneAnswer)}  | ${kB('firstBytes')} / ${kB('bytes')} kB | ${cell(s)} ${cell(w)} ${cell(t)} | ${(median(sizes) / 1000).toFixed(1).padStart(4)} kB | ${cell(v)} | ${(percentile(t, 0.95) / percentile(v, 0.95)).toFixed(2)}x`,
      );
    }
  } finally {
    await page.close();
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) void previewBench();
