// Markdown → HTML the way Jekyll's kramdown (GFM input) writes it: kramdown's parser and HTML converter
// (kramdown/), then the steps every page gets (raw HTML read, sanitizing, and in the preview source lines and
// image addresses).
import type { Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { UrlResolver } from '../cssUrls';
import { addSourceLines, expandRawHtml, removePreviewMarks, resolveImages, writeLikeKramdown } from './hastSteps';
import { HeadingIds, type HeadingIdCounts } from './headingIds';
import { convertDocument } from './kramdown/converter';
import { parseKramdown } from './kramdown/document';
import type { KramdownOptions } from './kramdown/options';
import { sanitizeLikeJekyll } from './sanitize';

export type { KramdownOptions } from './kramdown/options';

export interface MarkdownOptions {
  kramdown: KramdownOptions;
  /** Set in the preview: `data-line` on blocks, counting from this 0-based line of the file. */
  firstLine?: number;
  /** Set in the preview: where an image is loaded from, or undefined to leave it out. */
  resolveImage?: UrlResolver;
  /** Set for a part of a post: the heading ids given before it, counted on by this part. */
  headingIds?: HeadingIdCounts;
}

/** A part of a post rendered on its own, and what the parts after it need to know. */
export interface RenderedPart {
  html: string;
  /** The base ids of its headings, in order (repeats count on in the parts after it). */
  headingBases: string[];
  /** An HTML block in it lacks its end tag, so in the whole post it would run on into the parts after it. */
  unclosedHtml: boolean;
}

const stringifier = unified().use(rehypeStringify, {
  closeSelfClosing: true,
  allowDangerousHtml: true,
  characterReferences: { useNamedReferences: true },
});

/** The post body's HTML. Raw HTML in it is sanitized. */
export function markdownToHtml(markdown: string, options: MarkdownOptions): string {
  return renderMarkdownPart(markdown, options).html;
}

export function renderMarkdownPart(text: string, options: MarkdownOptions): RenderedPart {
  // Jekyll reads a post without its byte order mark.
  const markdown = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const ids = new HeadingIds(options.headingIds);
  const document = parseKramdown(markdown, options.kramdown, ids);
  const tree = finishTree(convertDocument(document, ids), options);
  return { html: stringifier.stringify(tree), headingBases: ids.bases, unclosedHtml: document.unclosedHtml };
}

function finishTree(tree: Root, { firstLine, resolveImage }: MarkdownOptions): Root {
  expandRawHtml(tree);
  const clean = sanitizeLikeJekyll(tree);
  if (firstLine !== undefined) {
    removePreviewMarks(clean);
    addSourceLines(clean, firstLine);
  }
  if (resolveImage) resolveImages(clean, resolveImage);
  writeLikeKramdown(clean);
  return clean;
}
