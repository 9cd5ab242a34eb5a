// The post's Liquid as Jekyll renders it, read once per check for the rules that need it: its content (after the
// front matter) and, apart, its excerpt.
import type { DigestModel } from '../model';
import type { PostSite } from '../rules/rule';
import { DEFAULT_EXCERPT_SEPARATOR, jekyllExcerpt, type Excerpt, type ExcerptBound } from './excerpt';
import { jekyllContentStart } from './jekyllPost';
import { readLiquid, type LiquidError, type LiquidReading } from './liquidReader';
import { JEKYLL_BUILTIN_TAGS, type TagTable } from './liquidTags';

export interface PostLiquid {
  /** Where Jekyll's content starts in the text. */
  contentStart: number;
  reading: LiquidReading;
  /** The errors of the excerpt that the content does not raise (Jekyll renders the excerpt apart). */
  excerptErrors: LiquidError[];
  /** Where the excerpt ends, when Jekyll renders one apart. */
  excerpt?: ExcerptBound;
}

const readings = new WeakMap<DigestModel, { tags: TagTable; liquid: PostLiquid | undefined }>();

/**
 * The post's Liquid read with its site's tags (Jekyll's own without a site); undefined when Jekyll renders none:
 * `render_with_liquid: false`, or a post too long to be read past its front matter.
 */
export function postLiquid(model: DigestModel, site: PostSite | undefined): PostLiquid | undefined {
  const tags = site?.facts.tags ?? JEKYLL_BUILTIN_TAGS;
  const known = readings.get(model);
  if (known?.tags === tags) return known.liquid;
  const liquid = readPostLiquid(model, site, tags);
  readings.set(model, { tags, liquid });
  return liquid;
}

function readPostLiquid(model: DigestModel, site: PostSite | undefined, tags: TagTable): PostLiquid | undefined {
  const fields = model.frontMatter?.fields;
  if (model.oversized || fields?.get('render_with_liquid')?.value === false) return undefined;
  const contentStart = jekyllContentStart(model.text);
  const content = model.text.slice(contentStart);
  const reading = readLiquid(content, contentStart, tags);
  const ownSeparator = fields?.get('excerpt_separator')?.value;
  const separator =
    typeof ownSeparator === 'string' ? ownSeparator : (site?.facts.excerptSeparator ?? DEFAULT_EXCERPT_SEPARATOR);
  const hasOwnExcerpt = fields?.get('excerpt')?.value !== undefined && fields?.get('excerpt')?.value !== null;
  const excerpt = hasOwnExcerpt ? undefined : jekyllExcerpt(content, separator, tags);
  if (!excerpt) return { contentStart, reading, excerptErrors: [] };
  return {
    contentStart,
    reading,
    excerptErrors: excerptOnlyErrors(excerpt, contentStart, reading, tags),
    excerpt: { end: contentStart + excerpt.contentLength, tags },
  };
}

/**
 * The excerpt's errors where the content has none, placed in the text. One raised by an end tag Jekyll added is
 * placed on the tag that made Jekyll add it, to keep as text with the raw block it hides in (Jekyll finds a block's
 * opening tag even there); any other part of what Jekyll added counts as the excerpt's end, with nothing to keep.
 */
function excerptOnlyErrors(
  excerpt: Excerpt,
  contentStart: number,
  content: LiquidReading,
  tags: TagTable,
): LiquidError[] {
  const end = contentStart + excerpt.contentLength;
  const known = new Set(content.errors.map((error) => error.span.start));
  const placed = (error: LiquidError): LiquidError => {
    if (error.span.start < end) return { ...error, span: clamp(error.span, end), literal: clamp(error.literal, end) };
    const opener = excerpt.closed.find((block) => block.endTag === error.tag)?.opener;
    if (!opener) return { ...error, span: { start: end, end }, literal: { start: end, end } };
    const span = { start: contentStart + opener.start, end: contentStart + opener.end };
    const rawBlock = content.rawBlocks.find((block) => block.start <= span.start && span.end <= block.end);
    return { ...error, kind: 'closedInExcerpt', span, literal: rawBlock ?? span };
  };
  return readLiquid(excerpt.text, contentStart, tags)
    .errors.filter((error) => !known.has(error.span.start))
    .map((error) => ({ ...placed(error), inExcerpt: true }));
}

function clamp(span: { start: number; end: number }, end: number) {
  return { start: Math.min(span.start, end), end: Math.min(span.end, end) };
}
