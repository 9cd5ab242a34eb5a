/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Runs inside the preview webview, injected as the source of `previewScript` with a CSP nonce. It must stay one
// self-contained function: no imports, no references to anything outside it.
import type { FromWebview, PreviewProblem, ToWebview } from '../../../server/src/protocol';

declare function acquireVsCodeApi(): { postMessage(message: FromWebview): void };

export function previewScript(): void {
  const vscode = acquireVsCodeApi();
  const START = 'pd-content-start';
  const END = 'pd-content-end';
  const IGNORE_SCROLL_MS = 250;
  let problems: PreviewProblem[] = [];
  let notes: string[] = [];
  let ignoreScrollUntil = 0;
  const vscodeClasses = [...document.body.classList].filter((name) => name.startsWith('vscode-'));

  window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    if (message.type === 'render') {
      notes = message.notes;
      const line = message.line ?? topLine();
      if (message.chrome) showChrome(message.chrome, message.content);
      else replaceContent(message.content);
      decorate();
      if (message.chrome && line !== undefined) scrollToLine(line);
    } else if (message.type === 'problems') {
      problems = message.problems;
      decorate();
    } else if (message.type === 'scrollToLine') {
      scrollToLine(message.line);
    }
  });

  function showChrome(chrome: NonNullable<Extract<ToWebview, { type: 'render' }>['chrome']>, content: string): void {
    for (const old of document.head.querySelectorAll('[data-pd-style]')) old.remove();
    for (const style of chrome.styles) {
      const element = 'href' in style ? Object.assign(document.createElement('link'), { rel: 'stylesheet', href: style.href }) : Object.assign(document.createElement('style'), { textContent: style.css });
      element.setAttribute('data-pd-style', '');
      document.head.insertBefore(element, document.head.querySelector('#pd-own-style'));
    }
    document.body.className = [...vscodeClasses, chrome.bodyClass].join(' ');
    document.body.innerHTML = `${chrome.before}<!--${START}-->${content}<!--${END}-->${chrome.after}`;
  }

  /** Swaps the nodes between the content markers, leaving the rest of the page (and the scroll position) alone. */
  function replaceContent(content: string): void {
    const [start, end] = markers();
    if (!start || !end) return;
    const template = document.createElement('template');
    template.innerHTML = content;
    while (start.nextSibling && start.nextSibling !== end) start.nextSibling.remove();
    end.before(template.content);
  }

  function markers(): [Comment | undefined, Comment | undefined] {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_COMMENT);
    let start: Comment | undefined;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue === START) start = node as Comment;
      else if (node.nodeValue === END) return [start, node as Comment];
    }
    return [start, undefined];
  }

  /** Blocks of the post content that carry a source line, in page order. */
  function lineBlocks(): HTMLElement[] {
    return [...document.querySelectorAll<HTMLElement>('[data-line]')].filter((element) => !element.closest('#pd-outline'));
  }

  function lineOf(element: Element): number {
    return Number(element.getAttribute('data-line'));
  }

  /** Problems outline the block they are on and show on the outline strip; the content itself stays as it is. */
  function decorate(): void {
    for (const marked of document.querySelectorAll('.pd-problem')) {
      marked.classList.remove('pd-problem', 'pd-problem-error', 'pd-problem-warning');
      marked.removeAttribute('title');
    }
    const blocks = lineBlocks();
    for (const problem of problems) {
      const block = blockAtLine(blocks, problem.line);
      if (!block || problem.severity === 'hint') continue;
      block.classList.add('pd-problem', problem.severity === 'error' ? 'pd-problem-error' : 'pd-problem-warning');
      block.title = block.title ? `${block.title}\n${problem.message}` : problem.message;
    }
    renderOutline(blocks);
  }

  function blockAtLine(blocks: HTMLElement[], line: number): HTMLElement | undefined {
    let found: HTMLElement | undefined;
    for (const block of blocks) {
      if (lineOf(block) > line) break;
      if (!block.matches('li, tr') || !found || lineOf(found) < lineOf(block)) found = block;
    }
    return found;
  }

  function renderOutline(blocks: HTMLElement[]): void {
    document.getElementById('pd-outline')?.remove();
    const headings = blocks.filter((block) => block.matches('h1, h2'));
    if (!headings.length && !notes.length) return;
    const strip = document.createElement('nav');
    strip.id = 'pd-outline';
    strip.setAttribute('aria-label', document.body.dataset.outlineLabel ?? '');
    for (const note of notes) strip.append(Object.assign(document.createElement('p'), { className: 'pd-note', textContent: note }));
    const list = document.createElement('ol');
    headings.forEach((heading, index) => {
      const next = headings.slice(index + 1).find((h) => h.tagName === heading.tagName || heading.tagName === 'H2');
      const item = document.createElement('li');
      item.className = heading.tagName === 'H1' ? 'pd-paper' : 'pd-section';
      const link = Object.assign(document.createElement('a'), { href: '#', textContent: heading.textContent?.trim() || document.body.dataset.untitledLabel });
      const flagged = problems.filter((p) => p.severity !== 'hint' && p.line >= lineOf(heading) && (!next || p.line < lineOf(next)));
      if (flagged.length) {
        link.classList.add(flagged.some((p) => p.severity === 'error') ? 'pd-flag-error' : 'pd-flag-warning');
        link.title = flagged.map((p) => p.message).join('\n');
      }
      link.addEventListener('click', (event) => {
        event.preventDefault();
        heading.scrollIntoView({ block: 'start' });
        vscode.postMessage({ type: 'selectLine', line: lineOf(heading) });
      });
      item.append(link);
      list.append(item);
    });
    strip.append(list);
    document.body.append(strip);
  }

  function scrollToLine(line: number): void {
    const blocks = lineBlocks();
    const { before, after } = around(blocks, line);
    if (!before) return;
    ignoreScrollUntil = Date.now() + IGNORE_SCROLL_MS;
    if (line < lineOf(before)) {
      // Above the first block is the front matter, which the page shows as its header.
      window.scrollTo(0, 0);
      return;
    }
    const top = before.getBoundingClientRect().top + window.scrollY;
    let target = top;
    if (after && lineOf(after) > lineOf(before)) {
      const afterTop = after.getBoundingClientRect().top + window.scrollY;
      target += ((line - lineOf(before)) / (lineOf(after) - lineOf(before))) * (afterTop - top);
    }
    window.scrollTo(0, Math.max(0, target - 8));
  }

  function around(blocks: HTMLElement[], line: number): { before?: HTMLElement; after?: HTMLElement } {
    let before: HTMLElement | undefined;
    for (const block of blocks) {
      if (lineOf(block) <= line) before = block;
      else return { before: before ?? block, after: block };
    }
    return { before };
  }

  /** The source line at the top of the view, interpolated between the blocks around it (0 above the first: the front matter). */
  function topLine(): number | undefined {
    const blocks = lineBlocks();
    let previous: { line: number; top: number } | undefined;
    for (const block of blocks) {
      const top = block.getBoundingClientRect().top;
      if (top > 0) {
        if (!previous) return 0;
        return previous.line + ((0 - previous.top) / Math.max(1, top - previous.top)) * (lineOf(block) - previous.line);
      }
      previous = { line: lineOf(block), top };
    }
    return previous?.line;
  }

  let scrollTimer: number | undefined;
  window.addEventListener('scroll', () => {
    if (Date.now() < ignoreScrollUntil) return;
    window.clearTimeout(scrollTimer);
    scrollTimer = window.setTimeout(() => {
      const line = topLine();
      if (line !== undefined) vscode.postMessage({ type: 'revealLine', line: Math.floor(line) });
    }, 50);
  });

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : undefined;
    const link = target?.closest('a');
    if (link && !link.closest('#pd-outline')) {
      event.preventDefault();
      const href = link.getAttribute('href') ?? '';
      if (href.startsWith('#')) document.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
      else if (/^https?:/i.test(href)) vscode.postMessage({ type: 'openLink', href });
      return;
    }
    const heading = target?.closest('h1[data-line], h2[data-line]');
    if (heading) vscode.postMessage({ type: 'selectLine', line: lineOf(heading) });
  });

  document.addEventListener('dblclick', (event) => {
    const block = event.target instanceof Element ? event.target.closest('[data-line]') : null;
    if (block) vscode.postMessage({ type: 'selectLine', line: lineOf(block) });
  });

  vscode.postMessage({ type: 'ready' });
}
