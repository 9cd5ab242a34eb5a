/**
 * A user's hands and eyes on the VS Code workbench (code-server in headless Chromium): open a file from
 * the Explorer, type, run a command, and read what the Problems panel, the suggest widget, the Quick Fix
 * menu, the Outline and a webview show. Every read is of the DOM; every wait is on a DOM condition.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import type { FrameLocator, Locator, Page } from 'playwright-core';

const POLL_MS = 100;
const DEFAULT_TIMEOUT_MS = 30_000;
/** The rows of a tree or list, without the copies a tree's sticky scroll pins above them. */
const ROW = '.monaco-list-rows > .monaco-list-row';
/** One turn of the mouse wheel over a list, in pixels (the workbench scrolls a bounded amount per event). */
const WHEEL_STEP = 300;
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Reads until `accept` holds, then returns what was read; on timeout the last reading is in the error. */
export async function eventually<T>(
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(value, null, 1)}`,
      );
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** A row of the Problems panel. */
export interface Problem {
  /** Absolute path of the file the row is listed under. */
  file: string;
  severity: ProblemSeverity;
  message: string;
  source: string;
  code: string;
  line: number;
  column: number;
}

export interface OutlineRow {
  level: number;
  label: string;
  /** The grey text after the label (a paper's arXiv id). */
  detail: string;
}

export class Workbench {
  constructor(
    readonly page: Page,
    private readonly screenshotsDir: string,
  ) {
    mkdirSync(screenshotsDir, { recursive: true });
  }

  async screenshot(name: string): Promise<string> {
    const path = join(this.screenshotsDir, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Screenshots laid side by side, each under its caption, saved as one (screenshots/<name>.png). */
  async sideBySide(name: string, shots: { caption: string; png: Buffer }[]): Promise<string> {
    const path = join(this.screenshotsDir, `${name}.png`);
    const page = await this.page.context().newPage();
    try {
      const figures = shots.map(
        ({ caption, png }) =>
          `<figure><figcaption>${caption}</figcaption><img src="data:image/png;base64,${png.toString('base64')}"></figure>`,
      );
      await page.setContent(
        `<style>body{margin:0}main{display:inline-flex;gap:12px;padding:0 6px 6px;background:#888;font:14px sans-serif}figure{margin:0}figcaption{padding:4px;color:#fff}img{display:block}</style><main>${figures.join('')}</main>`,
      );
      await page.locator('main').screenshot({ path });
    } finally {
      await page.close();
    }
    return path;
  }

  /**
   * A page of a site built into `folder` (Jekyll's `_site`), as a browser shows it served from the site's root, at
   * `size`, and what `measure` (JavaScript, as text) reads in it; `prepare` runs in the page first (the site's own theme
   * toggle, say). Nothing loads from the internet.
   */
  async sitePage<T>(
    folder: string,
    url: string,
    size: { width: number; height: number },
    prepare: string,
    measure: string,
  ): Promise<{ png: Buffer; measured: T }> {
    const origin = 'https://site.test';
    const page = await this.page.context().newPage();
    try {
      await page.setViewportSize(size);
      await page.route('**/*', (route) => {
        const request = new URL(route.request().url());
        const file = join(
          folder,
          decodeURIComponent(request.pathname),
          request.pathname.endsWith('/') ? 'index.html' : '',
        );
        if (request.origin !== origin || relative(folder, file).startsWith('..') || !existsSync(file))
          return route.abort();
        return route.fulfill({
          body: readFileSync(file),
          contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        });
      });
      await page.goto(`${origin}${url}`, { waitUntil: 'load' });
      await page.evaluate(prepare);
      return { png: await page.screenshot(), measured: (await page.evaluate(measure)) as T };
    } finally {
      await page.close();
    }
  }

  // ── Explorer and editor ──────────────────────────────────────────────────────────────────────────

  /** Opens a workspace file by clicking through the Explorer (folders expanded, rows scrolled into view). */
  async openFromExplorer(relativePath: string): Promise<Locator> {
    const names = relativePath.split('/');
    for (const [index, name] of names.entries()) {
      const row = await this.explorerRow(name, index + 1);
      const isFile = index === names.length - 1;
      if (isFile || (await row.getAttribute('aria-expanded')) === 'false') await row.click();
    }
    const editor = this.editor(relativePath);
    await editor.locator('.view-lines').waitFor();
    return editor;
  }

  /** The Explorer's list is virtualised: scroll it until the row exists. */
  private async explorerRow(name: string, level: number): Promise<Locator> {
    const tree = this.page.locator('.explorer-folders-view .monaco-list');
    await tree.waitFor();
    return this.scrollUntilRendered(
      tree,
      tree.locator(`${ROW}[aria-level="${level}"][aria-label="${name}"]`),
      `the Explorer row ${name}`,
    );
  }

  private async scrollToTop(list: Locator): Promise<void> {
    await this.scrollUntilRendered(list, list.locator(`${ROW}[data-index="0"]`), 'the top of the list', -WHEEL_STEP);
  }

  /** Scrolls a virtualised list (down, or up for a negative step) until `row` is rendered. */
  private async scrollUntilRendered(list: Locator, row: Locator, what: string, step = WHEEL_STEP): Promise<Locator> {
    await list.hover();
    await eventually(
      what,
      async () => {
        if (await row.count()) return true;
        await this.page.mouse.wheel(0, step);
        return row.waitFor({ state: 'attached', timeout: 250 }).then(
          () => true,
          () => false,
        );
      },
      Boolean,
    );
    return row;
  }

  /** The code editor showing the workspace file whose path ends with `relativePath`. */
  editor(relativePath: string): Locator {
    return this.page.locator(`.editor-instance .monaco-editor[data-uri$="/${relativePath}"]`);
  }

  /** The lines the editor shows, top to bottom (a wrapped line comes as several). */
  async visibleLines(editor: Locator): Promise<string[]> {
    return editor.locator('.view-lines .view-line').evaluateAll((lines) =>
      lines
        .map((line) => ({ top: parseFloat(line.style.top), text: (line.textContent ?? '').replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text),
    );
  }

  /** Puts the cursor at a 1-based line and column with Go to Line. */
  async goTo(line: number, column: number): Promise<void> {
    const input = await this.quickInput('Control+G', `:${line}:${column}`);
    await input.press('Enter');
    await this.quickInputClosed();
  }

  /** Runs a command from the Command Palette by its title (with its category, as the palette lists it). */
  async runCommand(title: string): Promise<void> {
    await this.quickInput('F1', `>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
    await this.quickInputClosed();
  }

  /** Picks a command from the Command Palette whose own quick input then opens: resolves with that input's box. */
  async startCommandWithInput(title: string): Promise<Locator> {
    await this.quickInput('F1', `>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().click();
    await this.page
      .locator('.quick-input-widget .quick-input-title', { hasText: title.replace(/^.*?: /, '') })
      .waitFor();
    return this.page.locator('.quick-input-widget .quick-input-box input');
  }

  /** The texts of the notifications on screen (their toasts). */
  async notifications(): Promise<string[]> {
    return this.page
      .locator('.notifications-toasts .notification-toast .notification-list-item-message')
      .allTextContents();
  }

  /** The commands the Command Palette lists for `filter` (the palette is left open). */
  async paletteCommands(filter: string): Promise<string[]> {
    await this.quickInput('F1', `>${filter}`);
    const rows = this.page.locator('.quick-input-list .monaco-list-row .label-name');
    await rows.first().waitFor();
    return (await rows.allTextContents()).map((label) => label.replace(/\u00a0/g, ' '));
  }

  /** Opens the quick input with `key` and types `text` into it. */
  private async quickInput(key: string, text: string): Promise<Locator> {
    await this.page.keyboard.press(key);
    const input = this.page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor();
    await input.fill(text);
    return input;
  }

  private async quickInputClosed(): Promise<void> {
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  // ── Problems panel ───────────────────────────────────────────────────────────────────────────────

  /**
   * Shows the Problems panel, listing only the files whose path contains `file` when given: the panel lists the
   * whole blog's posts, and its list draws only the rows in view.
   */
  async showProblems(file?: string): Promise<void> {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible())) await this.runCommand('View: Focus Problems');
    await panel.waitFor();
    if (file === undefined) return;
    const filter = this.page.locator('.viewpane-filter input');
    if ((await filter.inputValue()) === file) return;
    await filter.fill(file);
  }

  /**
   * The rows of the Problems panel, each with the file it is listed under. (The callbacks run in the
   * page: no named inner functions, which the TypeScript loader would wrap in a helper the page lacks.)
   */
  async problems(): Promise<Problem[]> {
    return this.page.locator(`.markers-panel ${ROW}`).evaluateAll((rows) => {
      let file = '';
      const found: Problem[] = [];
      for (const row of rows) {
        const resource = row.querySelector('.resource-label-container .monaco-icon-label');
        if (resource) file = resource.getAttribute('aria-label') ?? '';
        const message = row.querySelector('.marker-message');
        if (!message) continue;
        const position = /Ln (\d+), Col (\d+)/.exec(row.querySelector('.marker-line')?.textContent ?? '') ?? [];
        found.push({
          file,
          severity: ['error', 'warning', 'info'].find((name) =>
            row.querySelector(`.marker-icon.${name}`),
          ) as ProblemSeverity,
          message: message.textContent ?? '',
          source: row.querySelector('.marker-source')?.textContent ?? '',
          code: row.querySelector('.marker-code')?.textContent ?? '',
          line: Number(position[1]),
          column: Number(position[2]),
        });
      }
      return found;
    });
  }

  // ── suggest widget and Quick Fix menu ────────────────────────────────────────────────────────────

  /** Labels of the suggestions the suggest widget lists, or [] when it is closed. */
  async suggestions(): Promise<string[]> {
    const widget = this.page.locator('.suggest-widget.visible');
    if (!(await widget.count())) return [];
    return widget.locator('.monaco-list-row .label-name').allTextContents();
  }

  /** The focused suggestion's label. */
  async focusedSuggestion(): Promise<string | undefined> {
    const labels = await this.page
      .locator('.suggest-widget.visible .monaco-list-row.focused .label-name')
      .allTextContents();
    return labels[0];
  }

  /** Opens the documentation beside the suggest widget (what Ctrl+Space does while it is open). */
  async showSuggestionDetails(): Promise<void> {
    const details = this.page.locator('.suggest-details-container .suggest-details');
    if (!(await details.isVisible())) await this.page.keyboard.press('Control+Space');
    await details.waitFor();
  }

  /** Titles of the actions the Quick Fix menu lists, or [] when it is closed. */
  async quickFixes(): Promise<string[]> {
    return this.page
      .locator('.action-widget .monaco-list-row.action')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
  }

  /** Applies a Quick Fix menu entry the way a user does with the keyboard (the menu blocks mouse clicks under automation). */
  async applyQuickFix(title: string): Promise<void> {
    const titles = await this.quickFixes();
    const index = titles.indexOf(title);
    assert.ok(index >= 0, `no Quick Fix titled ${title}: ${titles.join(', ')}`);
    const focused = this.page.locator(`.action-widget .monaco-list-row.action.focused[aria-label="${title}"]`);
    for (let step = 0; step < titles.length && !(await focused.count()); step++)
      await this.page.keyboard.press('ArrowDown');
    await focused.waitFor({ timeout: 1000 });
    await this.page.keyboard.press('Enter');
    await this.page.locator('.action-widget').waitFor({ state: 'hidden' });
  }

  // ── Outline and webviews ─────────────────────────────────────────────────────────────────────────

  /** Gives the Outline the Explorer's height: collapses the folder tree above it, expands the Outline. */
  async showOutline(): Promise<void> {
    await this.setPaneExpanded(
      this.page.locator('.explorer-viewlet .pane-header[aria-label^="Explorer Section"]'),
      false,
    );
    await this.setPaneExpanded(this.page.locator('.explorer-viewlet .pane-header[aria-label^="Outline"]'), true);
    await this.page.locator('.outline-pane .monaco-list').waitFor();
  }

  private async setPaneExpanded(header: Locator, expanded: boolean): Promise<void> {
    if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
    await eventually(
      `the pane ${await header.getAttribute('aria-label')} ${expanded ? 'expanded' : 'collapsed'}`,
      () => header.getAttribute('aria-expanded'),
      (value) => value === String(expanded),
    );
  }

  /** Every row of the Outline, top to bottom. The list renders only the rows in view: scroll through it. */
  async outline(): Promise<OutlineRow[]> {
    const list = this.page.locator('.outline-pane .monaco-list');
    const rows = new Map<number, OutlineRow>();
    await this.scrollToTop(list);
    for (let seenLast = false; !seenLast;) {
      const rendered = await list.locator(ROW).evaluateAll((elements) =>
        elements.map((row) => ({
          index: Number(row.getAttribute('data-index')),
          last: row.getAttribute('data-last-element') === 'true',
          level: Number(row.getAttribute('aria-level')),
          label: row.querySelector('.label-name, .outline-element-label')?.textContent ?? '',
          detail: row.querySelector('.label-description')?.textContent ?? '',
        })),
      );
      if (!rendered.length) return [];
      for (const { index, level, label, detail } of rendered) rows.set(index, { level, label, detail });
      seenLast = rendered.some((row) => row.last);
      const next = Math.max(...rendered.map((row) => row.index)) + 1;
      if (!seenLast)
        await this.scrollUntilRendered(
          list,
          list.locator(`${ROW}[data-index="${next}"]`),
          `row ${next} of the Outline`,
        );
    }
    await this.scrollToTop(list);
    return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  }

  /** Turns the mouse wheel up over the webview until `element` (in it) has scrolled into view from above. */
  async scrollWebviewUntil(what: string, element: Locator): Promise<void> {
    await this.page.locator('iframe.webview.ready').hover();
    await eventually(
      what,
      async () => {
        const top = await element.evaluate((shown) => shown.getBoundingClientRect().top);
        if (top < 0) await this.page.mouse.wheel(0, -WHEEL_STEP);
        return top;
      },
      (top) => top >= 0,
    );
  }

  /**
   * Elements of the preview's own UI (ids and classes starting with `pd-`, apart from the problem outlines drawn on the
   * post's own blocks) that cover text of the page (the post's blocks, its title and header): each as "ui / text".
   */
  async previewOverlaps(): Promise<string[]> {
    return this.webview()
      .locator('body')
      .evaluate((body) => {
        const own = [...body.querySelectorAll('[id^="pd-"], [class^="pd-"]:not(.pd-problem)')];
        const text = [...body.querySelectorAll('[data-line], h1, h2, p, li')].filter(
          (element) => !own.some((ui) => ui.contains(element)),
        );
        return own.flatMap((ui) => {
          const a = ui.getBoundingClientRect();
          return text
            .filter((element) => {
              const b = element.getBoundingClientRect();
              return (
                a.width > 0 &&
                b.width > 0 &&
                a.left < b.right &&
                b.left < a.right &&
                a.top < b.bottom &&
                b.top < a.bottom
              );
            })
            .map(
              (element) => `${ui.id || ui.className} / ${element.tagName} ${(element.textContent ?? '').slice(0, 40)}`,
            );
        });
      });
  }

  /** The webview shown in the workbench (the preview) as it looks, and its size. */
  async webviewScreenshot(): Promise<{ png: Buffer; size: { width: number; height: number } }> {
    const frame = this.page.locator('iframe.webview.ready');
    const box = (await frame.boundingBox())!;
    return { png: await frame.screenshot(), size: { width: Math.round(box.width), height: Math.round(box.height) } };
  }

  /** The content frame of the webview shown in the workbench (the preview). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
  }
}
