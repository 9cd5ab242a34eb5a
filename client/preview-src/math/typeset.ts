// The preview's typesetter (dist/math.js, loaded by the preview script the first time a post holds a formula): KaTeX
// typesets, in place, the formulas the site's MathJax would find in the text of the post content, where MathJax looks
// (not in code, scripts or form fields). KaTeX builds its DOM itself and styles it through the CSSOM, which the page's
// policy allows, unlike `style` attributes in HTML.
import katex from 'katex';
import { findTexMath } from '../texDelimiters';

/** Elements whose text MathJax leaves alone (its `skipHtmlTags`), as upper-case tag names. */
const SKIPPED = new Set(['SCRIPT', 'NOSCRIPT', 'STYLE', 'TEXTAREA', 'PRE', 'CODE', 'ANNOTATION', 'ANNOTATION-XML']);
const IGNORED_CLASS = /\b(?:tex2jax_ignore|mathjax_ignore)\b/;

export interface MathTypesetter {
  /** Typesets the formulas in `nodes`, in place; returns the nodes that stand where `nodes` stood. */
  typeset(nodes: ChildNode[]): ChildNode[];
}

function typeset(nodes: ChildNode[]): ChildNode[] {
  return nodes.flatMap((node) => {
    if (node.nodeType === Node.TEXT_NODE) return typesetText(node as Text);
    for (const text of textNodes(node)) typesetText(text);
    return [node];
  });
}

function textNodes(root: Node): Text[] {
  if (root.nodeType !== Node.ELEMENT_NODE || isSkipped(root as Element)) return [];
  const found: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && isSkipped(node as Element)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
  return found;
}

function isSkipped(element: Element): boolean {
  return SKIPPED.has(element.tagName.toUpperCase()) || IGNORED_CLASS.test(element.getAttribute('class') ?? '');
}

/** Replaces a text node by its text and formulas; returns what stands in its place. */
function typesetText(node: Text): ChildNode[] {
  const text = node.data;
  const found = findTexMath(text);
  if (!found.length) return [node];
  const pieces: ChildNode[] = [];
  let copied = 0;
  for (const math of found) {
    if (math.start > copied) pieces.push(document.createTextNode(text.slice(copied, math.start)));
    pieces.push(math.escape ? document.createTextNode(math.tex) : formula(math.tex, math.display));
    copied = math.end;
  }
  if (copied < text.length) pieces.push(document.createTextNode(text.slice(copied)));
  node.replaceWith(...pieces);
  return pieces;
}

function formula(tex: string, display: boolean): HTMLElement {
  const element = document.createElement(display ? 'div' : 'span');
  element.className = 'pd-math';
  // strict: false — Hangul in \text{…} is common in these posts, and KaTeX would warn about each.
  katex.render(tex, element, { displayMode: display, throwOnError: false, strict: false });
  return element;
}

(globalThis as { paperDigestMath?: MathTypesetter }).paperDigestMath = { typeset };
