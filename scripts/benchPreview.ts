// npm run bench, preview section: typing into a post of 3, 39 and 300 papers through the built language server, the
// time from each change to its `paperDigest/render` answer and the answer's size, beside the full validation of the
// same text in this process (the ratio is what to compare across machines); and the first preview of a post once the
// site is cached. The site is the bundled test blog, or the one `PAPER_DIGEST_BLOG` names (copied, never touched).
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { RenderParams, RenderResult, ShownPreview } from '../server/src/protocol/render';
import { RENDER_METHOD } from '../server/src/protocol/render';
import { validateDigest } from '../server/src/core/validate';
import { generatePost } from '../test/generatedBlog';
import { REPO } from '../test/helpers';
import { LspClient } from '../test/lsp/lspClient';
import { median, percentile } from './bench';
import { typing } from './benchKeystrokes';

const SITE = process.env.PAPER_DIGEST_BLOG ?? join(REPO, 'test/fixtures/blog');
const KEYSTROKES: Record<number, number> = { 3: 60, 39: 60, 300: 30 };

class PreviewClient {
  private shown: ShownPreview | undefined;

  constructor(
    private readonly client: LspClient,
    private readonly root: string,
  ) {}

  /** One render as the preview panel asks for it; milliseconds and the answer's JSON size. */
  async render(uri: string): Promise<{ ms: number; bytes: number }> {
    const params: RenderParams = { uri, trusted: true, remoteContent: true, resourceRoots: [{ path: this.root, webviewUri: `https://file+.vscode-resource.vscode-cdn.net${this.root}` }], shown: this.shown };
    const start = performance.now();
    const result = await this.client.connection.sendRequest<RenderResult>(RENDER_METHOD, params);
    const ms = performance.now() - start;
    this.shown = { chromeKey: result.chromeKey, blockKeys: result.blocks.map((block) => block.key) };
    return { ms, bytes: JSON.stringify(result).length };
  }

  forget(): void {
    this.shown = undefined;
  }
}

export async function previewBench(): Promise<void> {
  if (!existsSync(join(REPO, 'dist/server.js'))) return;
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-preview-bench-'));
  cpSync(SITE, root, { recursive: true });
  const client = await LspClient.start({ rootPath: root });
  const preview = new PreviewClient(client, root);
  try {
    console.log(`\npreview through the built server (${SITE}): change → render answer, ms; the same text's validation in this process, ms`);
    console.log('papers  first  median    p95   answer   validation median/p95   ratio (p95)');
    for (const count of [3, 39, 300]) {
      const post = generatePost(count);
      const file = join(root, '_posts', `2025-10-31-bench-${count}.md`);
      writeFileSync(file, post);
      const uri = pathToFileURL(file).href;
      await client.open(uri, post);
      preview.forget();
      const first = await preview.render(uri);
      const renders: number[] = [];
      const sizes: number[] = [];
      const validations: number[] = [];
      let version = 2;
      for (const text of typing(post, KEYSTROKES[count])) {
        await client.change(uri, text, version++);
        const { ms, bytes } = await preview.render(uri);
        renders.push(ms);
        sizes.push(bytes);
        const start = performance.now();
        validateDigest(text, { fileName: '2025-10-31-daily-papers.md' });
        validations.push(performance.now() - start);
      }
      const [r, v] = [renders.slice(3), validations.slice(3)];
      console.log(`${String(count).padStart(6)} ${first.ms.toFixed(0).padStart(6)} ${median(r).toFixed(1).padStart(7)} ${percentile(r, 0.95).toFixed(1).padStart(6)} ${(median(sizes) / 1000).toFixed(1).padStart(6)} kB   ${median(v).toFixed(1).padStart(8)} / ${percentile(v, 0.95).toFixed(1).padEnd(8)} ${(percentile(r, 0.95) / percentile(v, 0.95)).toFixed(2)}x`);
    }
  } finally {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) void previewBench();
