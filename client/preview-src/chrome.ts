// The page around the post content: the layout's body and the slot where the content goes, and the page's stylesheets.
import type { PreviewChrome, PreviewStyle } from '../../server/src/protocol';
import { applyInlineStyles } from './inlineStyles';

/** Two comments around the post content, known by reference only: nothing in a post can imitate them. */
export interface ContentSlot {
  start: Comment;
  end: Comment;
}

/** The nonce of this script, which `<style>` elements need to apply under the page's policy. */
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const STYLE_MARK = 'data-pd-style';

/** Replaces the page's body with the chrome's; returns the empty slot for the content. */
export function showChrome(chrome: PreviewChrome): ContentSlot {
  const vscodeClasses = [...document.body.classList].filter((name) => name.startsWith('vscode-'));
  document.body.className = [...vscodeClasses, ...chrome.bodyClass.split(/\s+/).filter(Boolean)].join(' ');
  const slotName = `pd-slot-${crypto.randomUUID()}`;
  document.body.innerHTML = `${chrome.before}<!--${slotName}-->${chrome.after}`;
  applyInlineStyles(document.body);
  const marker = findComment(document.body, slotName) ?? document.body.appendChild(document.createComment(''));
  const slot = { start: document.createComment(''), end: document.createComment('') };
  marker.replaceWith(slot.start, slot.end);
  return slot;
}

export function replaceStyles(styles: PreviewStyle[]): void {
  for (const old of document.head.querySelectorAll(`[${STYLE_MARK}]`)) old.remove();
  const ours = document.head.querySelector('#pd-own-style');
  for (const style of styles) {
    const element =
      'href' in style
        ? linkTo(style)
        : Object.assign(document.createElement('style'), { textContent: style.css, nonce });
    element.setAttribute(STYLE_MARK, '');
    document.head.insertBefore(element, ours);
  }
}

function linkTo(style: Extract<PreviewStyle, { href: string }>): HTMLLinkElement {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: style.href });
  if (style.integrity) link.integrity = style.integrity;
  if (style.crossOrigin !== undefined) link.crossOrigin = style.crossOrigin;
  return link;
}

function findComment(root: Node, value: string): Comment | undefined {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeValue === value) return node as Comment;
  return undefined;
}
