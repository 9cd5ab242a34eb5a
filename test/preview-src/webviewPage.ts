// The preview's webview without VS Code: the built webview script (dist/preview.js) in Debian's headless Chromium,
// under the page and policy VS Code's webview gets (client/src/preview/webviewHtml.ts), shown the messages the preview
// panel posts. For the webview tests and `npm run bench` (the time from a message's dispatch to the page patched).
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { previewShell } from '../../client/src/preview/webviewHtml';
import type { ToWebview } from '../../server/src/protocol';
import type { RenderedPreview } from '../../server/src/render';
import { REPO } from '../helpers';

const CHROMIUM = process.env.PAPER_DIGEST_CHROMIUM ?? '/usr/bin/chromium';
/** Where the page loads our script from, and where the workspace's files are (as `asWebviewUri` makes them). */
const EXTENSION_ORIGIN = 'https://extension.preview.test';
export const RESOURCE_ORIGIN = 'https://file+.vscode-resource.vscode-cdn.net';
const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
};

/**
 * Runs in the page (as text: the page has its own globals, and tsx would add helpers to a function it does not have).
 * Its listener is registered after the preview script's own, so it runs once that one has handled each message.
 */
const SHOW_IN_PAGE = `(posted) => new Promise((resolve) => {
  let left = posted.length;
  const start = performance.now();
  const done = () => {
    if (--left) return;
    window.removeEventListener('message', done);
    void document.body.offsetHeight;
    resolve(performance.now() - start);
  };
  window.addEventListener('message', done);
  for (const message of posted) window.postMessage(message, '*');
})`;

/** The renderer's preview as the panel posts it, for a post without a site (no stylesheet of one to build). */
export function renderMessage(result: RenderedPreview): Extract<ToWebview, { type: 'render' }> {
  const styles = result.styles.flatMap((style) => ('sass' in style ? [] : [style]));
  return { type: 'render', blocks: result.blocks, chrome: result.chrome, styles: { styles }, notes: result.notes };
}

export class WebviewPage {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
  ) {}

  static available(): boolean {
    return existsSync(CHROMIUM) && existsSync(join(REPO, 'dist/preview.js'));
  }

  /** A page like the preview panel's; files of `workspace` load as the webview loads them, nothing from the internet. */
  static async open(workspace: string): Promise<WebviewPage> {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
    });
    const page = await browser.newPage({ viewport: { width: 900, height: 1000 } });
    const shell = previewShell(
      { cspSource: `${EXTENSION_ORIGIN} ${RESOURCE_ORIGIN}` },
      {
        script: `${EXTENSION_ORIGIN}/dist/preview.js`,
        style: `${EXTENSION_ORIGIN}/dist/preview.css`,
        mathScript: `${EXTENSION_ORIGIN}/dist/math.js`,
        mathStyle: `${EXTENSION_ORIGIN}/dist/math.css`,
        labels: {
          hideNotes: 'Hide these notes',
          stylesLoading: "Loading the site's styles…",
          kept: 'As last rendered; updating…',
        },
        remoteContent: false,
      },
    );
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const file =
        url.origin === EXTENSION_ORIGIN
          ? join(REPO, url.pathname)
          : url.origin === RESOURCE_ORIGIN
            ? decodeURIComponent(url.pathname)
            : undefined;
      if (url.href === `${EXTENSION_ORIGIN}/`) return route.fulfill({ contentType: 'text/html', body: shell });
      const inside = file && [REPO, workspace].some((root) => !relative(root, file).startsWith('..'));
      if (!file || !inside || !existsSync(file)) return route.abort();
      return route.fulfill({
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
        body: readFileSync(file),
      });
    });
    // What the page posts to the panel is kept in `window.toPanel`.
    await page.addInitScript(
      'window.toPanel = []; window.acquireVsCodeApi = () => ({ postMessage(message) { window.toPanel.push(message); }, setState() {} });',
    );
    await page.goto(`${EXTENSION_ORIGIN}/`);
    return new WebviewPage(browser, page);
  }

  /**
   * Posts the messages to the page as the panel does, and returns the milliseconds from the first one's dispatch to
   * the page patched and laid out after the last (the time VS Code's message channel takes is not in it).
   */
  async show(messages: ToWebview[]): Promise<number> {
    return this.page.evaluate(`(${SHOW_IN_PAGE})(${JSON.stringify(messages)})`);
  }

  /** Clicks the element `selector` names, as the user does. */
  click(selector: string): Promise<void> {
    return this.page.click(selector);
  }

  /** Runs `expression` (JavaScript, as text) in the page. */
  evaluate<T>(expression: string): Promise<T> {
    return this.page.evaluate(expression) as Promise<T>;
  }

  /**
   * Waits until `expression` (JavaScript, as text) is true in the page, checked on each change of the page: for work
   * the page finishes on its own. (Playwright's waitForFunction evaluates strings, which the page's policy forbids.)
   */
  async waitFor(expression: string): Promise<void> {
    await this.page.evaluate(`new Promise((resolve) => {
      const check = () => {
        if (!(${expression})) return;
        observer.disconnect();
        resolve();
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true });
      check();
    })`);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}
