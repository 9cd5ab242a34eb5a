// Markdown → HTML with the unified pipeline, tuned to what Jekyll's kramdown (GFM input) writes.
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type Data, type Processor } from 'unified';
import { VFile } from 'vfile';
import { KRAMDOWN_HANDLERS } from './hastHandlers';
import { addSourceLines, expandRawHtml, removePreviewMarks, resolveImages, writeLikeKramdown } from './hastSteps';
import type { UrlResolver } from '../cssUrls';
import { kramdownHeadingIds, type HeadingIdCounts } from './headingIds';
import { kramdownFootnotes } from './footnotes';
import { kramdownBlocks } from './kramdownBlocks';
import { kramdownInline } from './kramdownInline';
import { sanitizeLikeJekyll } from './sanitize';
import { kramdownSourceEdits } from './sourceEdits';
import type { QuoteChars } from './smartQuotes';

/** The kramdown options of a site's `_config.yml` that change the HTML. */
export interface KramdownSettings {
  hardWrap: boolean;
  autoIds: boolean;
  autoIdPrefix: string;
  quotes: QuoteChars;
}

export interface MarkdownOptions {
  kramdown: KramdownSettings;
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

declare module 'vfile' {
  interface DataMap {
    firstLine: number;
    resolveImage: UrlResolver;
    headingIds: HeadingIdCounts;
    headingBases: string[];
    unclosedHtml: boolean;
  }
}

const processors = new Map<string, Processor<MdastRoot, MdastRoot, HastRoot, HastRoot, string>>();

/** The post body's HTML. Raw HTML in it is sanitized. */
export function markdownToHtml(markdown: string, options: MarkdownOptions): string {
  return renderMarkdownPart(markdown, options).html;
}

export function renderMarkdownPart(text: string, options: MarkdownOptions): RenderedPart {
  const processor = processorFor(options.kramdown);
  const data = { firstLine: options.firstLine, resolveImage: options.resolveImage, headingIds: options.headingIds };
  // Remark skips a leading byte order mark without counting it in node offsets, which the steps read the source with.
  const markdown = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = processor.parse(markdown);
  const edited = kramdownSourceEdits(parsed, markdown);
  const value = edited ?? markdown;
  const file = new VFile({ value, data });
  const tree = processor.runSync(edited === undefined ? parsed : processor.parse(value), file);
  return {
    html: processor.stringify(tree),
    headingBases: file.data.headingBases ?? [],
    unclosedHtml: file.data.unclosedHtml === true,
  };
}

function processorFor(settings: KramdownSettings) {
  const key = JSON.stringify(settings);
  let processor = processors.get(key);
  if (!processor) {
    processor = buildProcessor(settings);
    processors.set(key, processor);
  }
  return processor;
}

function buildProcessor(settings: KramdownSettings) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm, { singleTilde: false })
    .use(withoutGfmExtras)
    .use(kramdownBlocks)
    .use(kramdownFootnotes)
    .use(kramdownInline, { quotes: settings.quotes, hardWrap: settings.hardWrap })
    .use(settings.autoIds ? kramdownHeadingIds : () => undefined, settings.autoIdPrefix)
    .use(remarkRehype, { allowDangerousHtml: true, handlers: KRAMDOWN_HANDLERS })
    .use(finishTree)
    .use(rehypeStringify, {
      closeSelfClosing: true,
      allowDangerousHtml: true,
      characterReferences: { useNamedReferences: true },
    })
    .freeze();
}

/**
 * Two GFM features kramdown lacks, turned off after remark-gfm: CommonMark emphasis (our kramdown span scanner reads
 * emphasis instead; the rules differ, notably around Hangul) and links made of bare URLs and e-mail addresses, both
 * the ones the parser makes and the ones a later pass over text nodes makes.
 */
function withoutGfmExtras(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({
    disable: { null: ['attention', 'wwwAutolink', 'protocolAutolink', 'emailAutolink'] },
  });
  data.fromMarkdownExtensions = (data.fromMarkdownExtensions ?? []).map((extensions) =>
    withoutLiteralAutolinks(extensions),
  );
}

type FromMarkdownExtensions = NonNullable<Data['fromMarkdownExtensions']>[number];

function withoutLiteralAutolinks(extensions: FromMarkdownExtensions): FromMarkdownExtensions {
  if (Array.isArray(extensions))
    return extensions.map((extension) => withoutLiteralAutolinks(extension) as (typeof extensions)[number]);
  return extensions.enter && 'literalAutolink' in extensions.enter ? { ...extensions, transforms: [] } : extensions;
}

function finishTree() {
  return (tree: HastRoot, file: VFile): HastRoot => {
    expandRawHtml(tree);
    const clean = sanitizeLikeJekyll(tree);
    const { firstLine, resolveImage } = file.data;
    if (firstLine !== undefined) {
      removePreviewMarks(clean);
      addSourceLines(clean, firstLine);
    }
    if (resolveImage) resolveImages(clean, resolveImage);
    writeLikeKramdown(clean);
    return clean;
  };
}
