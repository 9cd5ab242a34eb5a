// The post content for the preview, in blocks: the part before the first paper, then each paper entry. The core's
// incremental parse finds the entries (parsing again only the one a keystroke falls in), and each block is rendered
// on its own and kept by its key, so typing renders one block again and the preview patches only that one.
import type { DigestModel } from '../core/model';
import { reparseDigest } from '../core/reparseDigest';
import { DEFAULT_SCHEMA } from '../core/schema';
import type { ContentBlock } from '../protocol/render';
import { sha1Hex } from './digests';
import type { HeadingIdCounts } from './markdown/headingIds';
import { renderMarkdownPart, type MarkdownOptions, type RenderedPart } from './markdown/pipeline';

/** Marks that tie one part of a post to another: Liquid (rendered over the whole body) and link or footnote definitions. */
const WHOLE_POST_MARKS = [/\{[{%]/, /\]:/];

export interface BlockSource {
  /** The post file's text, and where its body starts in it. */
  text: string;
  bodyStart: number;
  bodyLine: number;
  /** A body or a block longer than these is not rendered in parts (the caller renders it whole, cut to what it can take). */
  limits: { body: number; block: number };
  /** The renderer's options (besides the lines and ids, which the blocks set). */
  markdown: Omit<MarkdownOptions, 'firstLine' | 'headingIds'>;
  /** Whatever besides the text changes a block's HTML (settings, where images load from): a new context starts over. */
  context: string;
}

/** What one document's preview rendered last: its parse, to parse again incrementally, and its blocks. */
interface DocumentBlocks {
  context: string;
  model?: DigestModel;
  parts: Map<string, RenderedPart>;
  /** The heading bases of a block's text, by the hash of that text. */
  bases: Map<string, string[]>;
}

const DOCUMENTS_KEPT = 8;
const documents = new Map<string, DocumentBlocks>();

/**
 * The body's blocks in order, each with its HTML (`data-line` relative to the block's line). Undefined when the post
 * cannot be rendered in parts: the caller renders it whole.
 */
export function renderBlocks(document: string, source: BlockSource): ContentBlock[] | undefined {
  const body = source.text.slice(source.bodyStart);
  if (body.length > source.limits.body || WHOLE_POST_MARKS.some((mark) => mark.test(body))) return undefined;
  const state = documentState(document, source.context);
  state.model = reparseDigest(state.model, source.text, DEFAULT_SCHEMA).model;
  const counts: HeadingIdCounts = new Map();
  const parts = new Map<string, RenderedPart>();
  const bases = new Map<string, string[]>();
  const blocks: ContentBlock[] = [];
  let line = source.bodyLine;
  let lineCountedTo = source.bodyStart;
  for (const [start, end] of blockSpans(state.model, source)) {
    line += newlinesIn(source.text, lineCountedTo, start);
    lineCountedTo = start;
    if (end - start > source.limits.block) return undefined;
    const markdown = source.text.slice(start, end);
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
    blocks.push({ key: key!, line, html: part.html });
  }
  state.parts = parts;
  state.bases = bases;
  return blocks;
}

/** A part the markdown renderer fails on (a post nested deeper than the stack) is left to the whole post's render, which says why. */
function renderedAlone(markdown: string, options: MarkdownOptions): RenderedPart | undefined {
  try {
    return renderMarkdownPart(markdown, options);
  } catch {
    return undefined;
  }
}

/** Drops what the renderer keeps for documents (every one when `document` is not given). */
export function forgetBlocks(document?: string): void {
  if (document === undefined) documents.clear();
  else documents.delete(document);
}

function documentState(document: string, context: string): DocumentBlocks {
  let state = documents.get(document);
  documents.delete(document);
  if (state?.context !== context) state = { context, parts: new Map(), bases: new Map() };
  documents.set(document, state);
  if (documents.size > DOCUMENTS_KEPT) documents.delete(documents.keys().next().value!);
  return state;
}

/** From the body's start to the first paper, then paper to paper; papers the parse places before the body are not cut at. */
function blockSpans(model: DigestModel, source: BlockSource): Array<[number, number]> {
  const starts = [source.bodyStart];
  for (const paper of model.papers) if (paper.span.start > starts.at(-1)!) starts.push(paper.span.start);
  return starts.map((start, i) => [start, starts[i + 1] ?? source.text.length]);
}

/** A block's HTML depends on its text and on how often its headings' ids were given before it. */
function blockKey(textHash: string, headingBases: string[], counts: HeadingIdCounts): string {
  return headingBases.length ? `${textHash}-${headingBases.map((base) => counts.get(base) ?? 0).join('.')}` : textHash;
}

/** Line endings as remark counts them (`\r\n`, `\r` or `\n`), so that lines agree with the parser's positions. */
const LINE_ENDING = /\r\n?|\n/g;

function newlinesIn(text: string, from: number, to: number): number {
  let count = 0;
  LINE_ENDING.lastIndex = from;
  for (let match = LINE_ENDING.exec(text); match && match.index < to; match = LINE_ENDING.exec(text)) count++;
  return count;
}
