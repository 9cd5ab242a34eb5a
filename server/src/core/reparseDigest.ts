import { parseMarkdown } from './markdown';
import type { DigestModel, PaperEntry, TextPart } from './model';
import { DEFAULT_MAX_LENGTH, isPaperHeading, parseDigest, readPaperEntry } from './parseDigest';
import type { DigestSchema } from './schema';
import type { Span } from './span';

export interface Reparse {
  model: DigestModel;
  /** `entry` when only the edited paper entry was parsed again; `document` for a full parse. */
  scope: 'entry' | 'document';
}

/** The schema each model this module made was read with: a model is only reused under the same schema. */
const schemaOf = new WeakMap<DigestModel, DigestSchema>();

/**
 * The model of `text`, equal to `parseDigest(text, schema, maxLength)`. When `previous` is the model of an earlier version
 * and the edit between them lies inside one paper entry, only that entry is parsed again and the rest is reused
 * (later entries shifted); anything the entry's own parse cannot vouch for falls back to a full parse.
 */
export function reparseDigest(previous: DigestModel | undefined, text: string, schema: DigestSchema, maxLength = DEFAULT_MAX_LENGTH): Reparse {
  const reused = previous && schemaOf.get(previous) === schema && text.length <= maxLength ? reparseEntry(previous, text, schema) : undefined;
  const model = reused ?? parseDigest(text, schema, maxLength);
  schemaOf.set(model, schema);
  return { model, scope: reused ? 'entry' : 'document' };
}

/** Where two versions of a text differ: `start`, and the end of the changed part in the old and in the new text. */
interface Change {
  start: number;
  oldEnd: number;
  newEnd: number;
}

function changeBetween(before: string, after: string): Change {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

function reparseEntry(previous: DigestModel, text: string, schema: DigestSchema): DigestModel | undefined {
  if (previous.text === text) return previous;
  if (!reusable(previous, text)) return undefined;
  const change = changeBetween(previous.text, text);
  const index = entryAt(previous.papers, change.start);
  const old = previous.papers[index];
  if (!old || change.oldEnd > old.span.end) return undefined;
  const delta = change.newEnd - change.oldEnd;
  const next = previous.papers[index + 1];
  const read = readEntryAlone(text, old.span.start, old.span.end + delta, next && shiftSpan(next.heading.span, delta), schema);
  if (!read) return undefined;
  return {
    ...previous,
    text,
    papers: [...previous.papers.slice(0, index), read.entry, ...previous.papers.slice(index + 1).map((paper) => shifted(paper, delta))],
    htmlTokens: [
      ...previous.htmlTokens.filter((token) => token.span.end <= old.span.start),
      ...read.htmlTokens,
      ...previous.htmlTokens.filter((token) => token.span.start >= old.span.end).map((token) => shifted(token, delta)),
    ],
  };
}

/** The index of the last entry that starts at or before `offset` (entries are in document order); -1 when none does. */
function entryAt(papers: PaperEntry[], offset: number): number {
  let low = 0;
  let high = papers.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (papers[mid].span.start <= offset) low = mid + 1;
    else high = mid - 1;
  }
  return high;
}

/**
 * Whether entries can be parsed on their own at all: not when link reference definitions (`[x]: url`) may tie one part
 * of the post to another, nor when a `---` typed anywhere could close a front matter block left open at the top.
 */
function reusable(previous: DigestModel, text: string): boolean {
  return !previous.oversized && !previous.unclosedFrontMatter && !previous.text.includes(']:') && !text.includes(']:');
}

/**
 * Parses `text` from `start` (the entry's heading) to `end` (where the next entry's heading now starts) together with that
 * next heading's line, and reads the entry when the parse confirms the boundaries: the slice opens with the entry's
 * heading, holds no other paper heading, and the next heading is still a top-level paper heading exactly where it was.
 */
function readEntryAlone(text: string, start: number, end: number, nextHeading: Span | undefined, schema: DigestSchema) {
  if (text[start] !== '#') return undefined;
  const { root } = parseMarkdown(text.slice(start, nextHeading?.end ?? end));
  const nodes = root.children;
  const headings = nodes.flatMap((node, i) => (isPaperHeading(node) ? [i] : []));
  const at = (i: number) => (nodes[i].position?.start.offset ?? -1) + start;
  const until = (i: number) => (nodes[i].position?.end.offset ?? -1) + start;
  if (headings[0] !== 0 || at(0) !== start) return undefined;
  if (nextHeading ? headings.length !== 2 || at(headings[1]) !== nextHeading.start || until(headings[1]) !== nextHeading.end : headings.length !== 1) return undefined;
  return readPaperEntry(text, start, schema, nextHeading ? nodes.slice(0, headings[1]) : nodes, end);
}

function shiftSpan(span: Span, delta: number): Span {
  return { start: span.start + delta, end: span.end + delta };
}

/** Fields of the model that hold offsets into the text, wherever they appear. */
const OFFSET_FIELDS = new Set(['start', 'end', 'textStart', 'contentEnd']);

/** A copy of a part of the model with every offset moved by `delta`; the previous model stays as it was. */
function shifted<T extends PaperEntry | TextPart>(part: T, delta: number): T {
  if (delta === 0) return part;
  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(copy);
    if (!value || typeof value !== 'object') return value;
    const fields = Object.entries(value).map(([key, field]) => [key, OFFSET_FIELDS.has(key) && typeof field === 'number' ? field + delta : copy(field)]);
    return Object.fromEntries(fields);
  };
  return copy(part) as T;
}
