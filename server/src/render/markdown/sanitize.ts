// What of a post's raw HTML reaches the page. Jekyll keeps everything; we keep what cannot run or load on its own:
// every element but the active ones (script, iframe, object, forms, …), an allowlist of attributes (no event
// handlers), and only http(s), mailto and ftp links and http(s) sources (no `javascript:`): `src`, `poster`, every candidate of
// a `srcset` and every `url()` of a `style` alike.
import type { Element, Root } from 'hast';
import rehypeSanitize, { type Options as Schema } from 'rehype-sanitize';
import { parseSrcset, stringifySrcset, type SrcSetDefinition } from 'srcset';
import { unified } from 'unified';
import { visit } from './visit';
import { resolveDeclarationUrls } from '../cssUrls';

/** Removed with their content. */
const STRIPPED = [
  'script',
  'style',
  'template',
  'title',
  'textarea',
  'xmp',
  'noembed',
  'noframes',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'svg',
  'math',
];
/** Removed, their content kept. A `button` stays (the navbar's menu toggle): outside a form, without scripts, it does nothing. */
const UNWRAPPED = [
  'html',
  'head',
  'body',
  'base',
  'link',
  'meta',
  'form',
  'select',
  'option',
  'optgroup',
  'datalist',
  'slot',
  'dialog',
  'canvas',
];
const ACTIVE = new Set([...STRIPPED, ...UNWRAPPED]);

const SCHEMA: Schema = {
  strip: STRIPPED,
  allowComments: true,
  clobber: ['name'],
  clobberPrefix: 'user-content-',
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'] },
  protocols: {
    href: ['http', 'https', 'mailto', 'ftp', 'ftps'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    poster: ['http', 'https'],
    xLinkHref: ['http', 'https'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  attributes: {
    '*': [
      'className',
      'id',
      'title',
      'lang',
      'dir',
      'style',
      'role',
      'hidden',
      'align',
      'vAlign',
      'width',
      'height',
      'alt',
      'abbr',
      'border',
      'cellPadding',
      'cellSpacing',
      'colSpan',
      'rowSpan',
      'headers',
      'scope',
      'span',
      'color',
      'size',
      'face',
      'dateTime',
      'cite',
      'open',
      'data*',
      'aria*',
    ],
    a: ['href', 'name', 'target', 'rel', 'hrefLang'],
    button: [['type', 'button', 'reset', 'submit']],
    img: ['src', 'srcSet', 'sizes', 'loading', 'decoding', 'name'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    ol: ['start', 'reversed', 'type'],
    ul: ['type'],
    li: ['value', 'type'],
    video: ['src', 'controls', 'loop', 'muted', 'poster'],
    audio: ['src', 'controls', 'loop', 'muted'],
    source: ['src', 'srcSet', 'sizes', 'type', 'media'],
    track: ['src', 'kind', 'srcLang', 'label'],
  },
};

/** A style that names a script URL or a CSS expression; whitespace and escapes do not hide it. */
const SCRIPT_IN_STYLE = /(?:java|vb)script:|expression\(/i;
/** What rehype-sanitize takes for a URL with a protocol: a colon before any `/`, `?` or `#`. */
const HAS_PROTOCOL = /^[^/?#]*:/;

/** Sanitizes a tree with the element names it holds allowed, unless they are active elements. */
export function sanitizeLikeJekyll(tree: Root): Root {
  const names = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (!ACTIVE.has(node.tagName.toLowerCase())) names.add(node.tagName);
  });
  const clean = unified()
    .use(rehypeSanitize, { ...SCHEMA, tagNames: [...names] })
    .runSync(tree);
  visit(clean, 'element', (node: Element) => {
    if (node.properties.srcSet !== undefined)
      node.properties.srcSet = srcsetWith(node.properties.srcSet, (url) => (isSourceUrl(url) ? url : undefined));
    if (typeof node.properties.style === 'string') node.properties.style = safeStyle(node.properties.style);
  });
  return clean;
}

/** A `srcset` (however the HTML parser kept it) with each candidate's URL resolved; refused ones are left out. */
export function srcsetWith(value: unknown, resolve: (url: string) => string | undefined): string | undefined {
  const candidates = parseSrcset(Array.isArray(value) ? value.join(',') : String(value)).flatMap(
    (candidate): SrcSetDefinition[] => {
      const url = resolve(candidate.url);
      return url === undefined ? [] : [{ ...candidate, url }];
    },
  );
  return candidates.length ? stringifySrcset(candidates) : undefined;
}

/** A relative URL or an http(s) one, as `src` allows. */
export function isSourceUrl(url: string): boolean {
  return !HAS_PROTOCOL.test(url) || /^https?:/i.test(url.trim());
}

function safeStyle(style: string): string | undefined {
  let resolved: string;
  try {
    resolved = resolveDeclarationUrls(style, (url) => (isSourceUrl(url) ? url : undefined));
  } catch {
    return undefined;
  }
  return SCRIPT_IN_STYLE.test(resolved.replace(/[\s\\]/g, '')) ? undefined : resolved;
}
