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

/**
 * Models whose entries can be parsed on their own, with the schema they were read with (reused only under the same one).
 * Not reusable: oversized posts; link reference definitions (`[x]: url`), which tie one part of a post to another; and a
 * front matter block left open at the top, which a `---` typed anywhere would close.
 */
const reusableWith = new WeakMap<DigestModel, DigestSchema>();

/**
 * The model of `text`, equal to `parseDigest(text, schema, maxLength)`. When `previous` is the model of an earlier version
 * and the edit between them lies inside one paper entry, only that entry is parsed again and the rest is reused
 * (later entries shifted); anything the entry's own parse cannot vouch for falls back to a full parse.
 */
export function reparseDigest(previous: DigestModel | undefined, text: string, schema: DigestSchema, maxLength = DEFAULT_MAX_LENGTH): Reparse {
  const reused = previous && reusableWith.get(previous) === schema && text.length <= maxLength ? reparseEntry(previous, text, schema) : undefined;
  if (reused) {
    reusableWith.set(reused, schema);
    return { model: reused, scope: 'entry' };
  }
  const model = parseDigest(text, schema, maxLength);
  if (!model.oversized && !model.unclosedFrontMatter && !text.includes(DEFINITION)) reusableWith.set(model, schema);
  return { model, scope: 'document' };
}

/** What every link reference definition holds; a text without it has none. */
const DEFINITION = ']:';

/** Where two versions of a text differ: `start`, and the end of the changed part in the old and in the new text. */
interface Change {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Characters compared at once, natively, before the exact place of a difference is looked for one by one. */
const CHUNK = 1024;

function changeBetween(before: string, after: string): Change {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK)) start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  const tailOf = (text: string) => text.slice(text.length - tail - CHUNK, text.length - tail);
  while (tail + CHUNK <= shorter - start && tailOf(before) === tailOf(after)) tail += CHUNK;
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

function reparseEntry(previous: DigestModel, text: string, schema: DigestSchema): DigestModel | undefined {
  if (previous.text === text) return previous;
  const change = changeBetween(previous.text, text);
  if (text.slice(Math.max(0, change.start - 1), change.newEnd + 1).includes(DEFINITION)) return undefined;
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
  return delta === 0 ? part : (copyShifted(part, delta) as T);
}

function copyShifted(value: unknown, delta: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => copyShifted(item, delta));
  const copy: Record<string, unknown> = {};
  for (const key in value) {
    const field = (value as Record<string, unknown>)[key];
    copy[key] = typeof field === 'number' && OFFSET_FIELDS.has(key) ? field + delta : copyShifted(field, delta);
  }
  return copy;
}
