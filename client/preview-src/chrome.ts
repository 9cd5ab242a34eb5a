// The page around the post content: the layout's body and the slot where the content goes, and the page's stylesheets.
import type { PreviewChrome, PreviewStyle } from '../../server/src/protocol';
import { applyInlineStyles } from './inlineStyles';

/** Two comments around the post content, known by reference only: nothing in a post can imitate them. */
export interface ContentSlot {
  start: Comment;
  end: Comment;
  /** The element that holds the post content and confines it (see `confine`). */
  frame: HTMLElement;
}

/**
 * How far past the frame the post content may still paint: the outline that marks a problem on a block (2px, offset
 * 2px) shows whole on a block as wide as the frame.
 */
const FRAME_PAINT_MARGIN = '6px';

/** The nonce of this script, which `<style>` elements need to apply under the page's policy. */
const nonce = (document.currentScript as HTMLScriptElement | null)?.nonce ?? '';
const STYLE_MARK = 'data-pd-style';
/** What each stylesheet element of the page stands for (a link's URL, a style's CSS). */
const styleKeys = new WeakMap<Element, string>();

/** Replaces the page's body with the chrome's; returns the empty slot for the content. */
export function showChrome(chrome: PreviewChrome): ContentSlot {
  const vscodeClasses = [...document.body.classList].filter((name) => name.startsWith('vscode-'));
  document.body.className = [...vscodeClasses, ...chrome.bodyClass.split(/\s+/).filter(Boolean)].join(' ');
  const slotName = `pd-slot-${crypto.randomUUID()}`;
  document.body.innerHTML = `${chrome.before}<!--${slotName}-->${chrome.after}`;
  applyInlineStyles(document.body);
  const marker = findComment(document.body, slotName) ?? document.body.appendChild(document.createComment(''));
  const [start, end] = [document.createComment(''), document.createComment('')];
  marker.replaceWith(start, end);
  return { start, end, frame: confine(start, end) };
}

/**
 * The post cannot cover the page: its content is painted inside the element of the layout that holds it, whatever
 * its styles or the site's classes say (`position: fixed` or `sticky`, a huge `z-index`, offsets, transforms). Paint
 * containment makes that element the containing block of fixed and absolute descendants, a stacking context for their
 * z-index, and a clip; set inline and important, no stylesheet of the site undoes it. Where the layout puts the
 * content right in the body, it gets an element of its own.
 */
function confine(start: Comment, end: Comment): HTMLElement {
  let frame = start.parentElement;
  if (!frame || frame === document.body || frame === document.documentElement) {
    frame = document.createElement('div');
    start.before(frame);
    frame.append(start, end);
  }
  frame.style.setProperty('contain', 'paint', 'important');
  frame.style.setProperty('overflow-clip-margin', FRAME_PAINT_MARGIN, 'important');
  return frame;
}

/**
 * Makes the page's stylesheets `styles`, in order: those it has already stay as they are (a link is not loaded again,
 * so nothing flashes unstyled), the new ones are added before the old ones go.
 */
export function replaceStyles(styles: PreviewStyle[]): void {
  const unused = new Map<string, Element[]>();
  for (const element of document.head.querySelectorAll(`[${STYLE_MARK}]`)) {
    const key = styleKeys.get(element) ?? '';
    unused.set(key, [...(unused.get(key) ?? []), element]);
  }
  const elements = styles.map((style) => unused.get(styleKey(style))?.shift() ?? styleElement(style));
  let next = document.head.querySelector('#pd-own-style');
  for (const element of elements.reverse()) {
    if (!element.isConnected || element.nextElementSibling !== next) document.head.insertBefore(element, next);
    next = element;
  }
  for (const element of [...unused.values()].flat()) element.remove();
}

function styleKey(style: PreviewStyle): string {
  return 'href' in style
    ? `link ${style.href} ${style.integrity ?? ''} ${style.crossOrigin ?? ''}`
    : `style ${style.css}`;
}

function styleElement(style: PreviewStyle): Element {
  const element =
    'href' in style ? linkTo(style) : Object.assign(document.createElement('style'), { textContent: style.css, nonce });
  element.setAttribute(STYLE_MARK, '');
  styleKeys.set(element, styleKey(style));
  return element;
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
