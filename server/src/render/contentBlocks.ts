// The post content for the preview, in blocks: the part before the first paper, then each paper entry. markdown-it's
// block parser finds where the entries start (a fraction of a full parse, so it runs on every render), each block is
// rendered on its own and kept by its key, so typing renders one block again and the preview patches only that one.
import { paperHeadingLines } from '../core/headingSkeleton';
import { LineIndex } from '../core/span';
import type { ContentBlock } from '../protocol/render';
import { sha1Hex } from './digests';
import type { HeadingIdCounts } from './markdown/headingIds';
import { renderMarkdownPart, type MarkdownOptions, type RenderedPart } from './markdown/pipeline';

/**
 * Marks that tie one part of a post to another: Liquid (rendered over the whole body); link, footnote and abbreviation
 * definitions; attribute list definitions and `{::options}`, which later parts use; `{::comment}` and `{::nomarkdown}`,
 * which may run over a paper heading; and the table of contents or footnotes placed by `{:toc}` or `{:footnotes}`.
 */
const WHOLE_POST_MARKS = [
  /\{[{%]/,
  /\]:/,
  /^ {0,3}\{:\w[\w-]*:/m,
  /\{::(?:options|comment|nomarkdown)\b/,
  /\{:[^}\n]*\b(?:toc|footnotes)\b/,
];

export interface BlockSource {
  /** The post's body (after the front matter), and the 0-based line of the file where it starts. */
  body: string;
  bodyLine: number;
  /** A body or a block longer than these is not rendered in parts (the caller renders it whole, cut to what it can take). */
  limits: { body: number; block: number };
  /** The renderer's options (besides the lines and ids, which the blocks set). */
  markdown: Omit<MarkdownOptions, 'firstLine' | 'headingIds'>;
  /** Whatever besides the text changes a block's HTML (settings, where images load from): a new context starts over. */
  context: string;
  /**
   * Set for a page that shows no content yet: the blocks stop before the first one (but never the first) that starts
   * below this 0-based line of the file, so that the page shows its top at once; the next call brings the rest.
   */
  firstScreenEnd?: number;
}

export interface RenderedBlocks {
  blocks: ContentBlock[];
  /** False when the blocks stop early (see `firstScreenEnd`): the content after them is still to be rendered. */
  complete: boolean;
}

interface BlockSpan {
  start: number;
  end: number;
  line: number;
}

/** What one document's preview rendered last: its blocks, the heading bases of a block's text by its hash, and the spans of its last body. */
interface DocumentBlocks {
  context: string;
  parts: Map<string, RenderedPart>;
  bases: Map<string, string[]>;
  /** A first screen's render is followed by the rest's, of the same body: its blocks are not looked for twice. */
  spans?: { body: string; spans: BlockSpan[] };
}

const DOCUMENTS_KEPT = 8;
const documents = new Map<string, DocumentBlocks>();

/**
 * The body's blocks in order, each with its HTML (`data-line` relative to the block's line). Undefined when the post
 * cannot be rendered in parts: the caller renders it whole.
 */
export function renderBlocks(document: string, source: BlockSource): RenderedBlocks | undefined {
  const { body } = source;
  if (body.length > source.limits.body || WHOLE_POST_MARKS.some((mark) => mark.test(body))) return undefined;
  const state = documentState(document, source.context);
  const counts: HeadingIdCounts = new Map();
  const parts = new Map<string, RenderedPart>();
  const bases = new Map<string, string[]>();
  const blocks: ContentBlock[] = [];
  let complete = true;
  if (state.spans?.body !== body) state.spans = { body, spans: blockSpans(body) };
  for (const { start, end, line } of state.spans.spans) {
    if (blocks.length && source.bodyLine + line > (source.firstScreenEnd ?? Infinity)) {
      complete = false;
      break;
    }
    if (end - start > source.limits.block) return undefined;
    const markdown = body.slice(start, end);
    const textHash = sha1Hex(markdown).slice(0, 20);
    const known = state.bases.get(textHash);
    let key = known && blockKey(textHash, known, counts);
    let part = key === undefined ? undefined : state.parts.get(key);
    if (part) for (const base of part.headingBases) counts.set(base, (counts.get(base) ?? 0) + 1);
    else {
      const before = new Map(counts);
      part = renderedAlone(markdown, { ...source.markdown, firstLine: 0, headingIds: counts });
      if (!part) return undefined;
      key = blockKey(textHash, part.headingBases, before);
    }
    if (part.unclosedHtml) return undefined;
    parts.set(key!, part);
    bases.set(textHash, part.headingBases);
    blocks.push({ key: key!, line: source.bodyLine + line, html: part.html });
  }
  // Stopped early, the parts kept from before may be the rest of the post.
  state.parts = complete ? parts : new Map([...state.parts, ...parts]);
  state.bases = complete ? bases : new Map([...state.bases, ...bases]);
  return { blocks, complete };
}

/** A part the markdown renderer fails on (a post nested deeper than the stack) is left to the whole post's render, which says why. */
function renderedAlone(markdown: string, options: MarkdownOptions): RenderedPart | undefined {
  try {
    return renderMarkdownPart(markdown, options);
  } catch {
    return undefined;
  }
}

function documentState(document: string, context: string): DocumentBlocks {
  let state = documents.get(document);
  documents.delete(document);
  if (state?.context !== context) state = { context, parts: new Map(), bases: new Map() };
  documents.set(document, state);
  if (documents.size > DOCUMENTS_KEPT) documents.delete(documents.keys().next().value!);
  return state;
}

/**
 * From the body's start to the first paper heading, then heading to heading: offsets into the body and 0-based lines.
 * Only a heading after a blank line starts a block: right after a list item or a quote, kramdown reads it into that.
 */
function blockSpans(body: string): BlockSpan[] {
  const lines = new LineIndex(body);
  const afterBlankLine = (line: number) => !/\S/.test(body.slice(lines.lineStart(line - 1), lines.lineStart(line)));
  const starts = [0, ...paperHeadingLines(body).filter((line) => line > 0 && afterBlankLine(line))];
  return starts.map((line, i) => ({
    start: lines.lineStart(line),
    end: i + 1 < starts.length ? lines.lineStart(starts[i + 1]) : body.length,
    line,
  }));
}

/** A block's HTML depends on its text and on how often its headings' ids were given before it. */
function blockKey(textHash: string, headingBases: string[], counts: HeadingIdCounts): string {
  return headingBases.length ? `${textHash}-${headingBases.map((base) => counts.get(base) ?? 0).join('.')}` : textHash;
}
