import { rawRegionHidesHeadings } from './kramdownRaw';
import { parseMarkdown } from './markdown';
import type { DigestModel, PaperEntry, TextPart } from './model';
import { DEFAULT_MAX_LENGTH, isPaperHeading, parseDigest, readPaperEntry } from './parseDigest';
import type { DigestSchema } from './schema';

export interface Reparse {
  model: DigestModel;
  /** `entry` when only the edited paper entry was parsed again; `document` for a full parse. */
  scope: 'entry' | 'document';
}

/**
 * Models whose entries can be parsed on their own, with the schema they were read with (reused only under the same one).
 * Not reusable: oversized or abandoned posts; link reference definitions (`[x]: url`), which tie one part of a post to
 * another; and a front matter block left open at the top, which a `---` typed anywhere would close, or opened by a
 * line ended with CR alone (read as no front matter, yet it may change how the rest reads).
 */
const reusableWith = new WeakMap<DigestModel, DigestSchema>();

/**
 * The model of `text`, equal to `parseDigest(text, schema, maxLength)`. When `previous` is the model of an earlier version
 * and the edit between them lies inside one paper entry, only that entry is parsed again and the rest is reused
 * (later entries shifted); anything the entry's own parse cannot vouch for falls back to a full parse.
 */
export function reparseDigest(
  previous: DigestModel | undefined,
  text: string,
  schema: DigestSchema,
  maxLength = DEFAULT_MAX_LENGTH,
): Reparse {
  const plan = planReparse(previous, text, schema, maxLength);
  if (plan.unchanged) return { model: plan.unchanged, scope: 'entry' };
  const read = plan.entry && readEntrySlice(plan.entry.slice, schema);
  if (plan.entry && read) return { model: spliceEntry(plan.entry, read), scope: 'entry' };
  return { model: reusable(parseDigest(text, schema, maxLength), schema), scope: 'document' };
}

/**
 * How a new version can be read: it is the previous model's text (`unchanged`), or one entry is to be read again
 * from a slice of it (`entry`), or (neither) it needs a full parse. Cheap: comparisons of the texts, no parse.
 */
export interface ReparsePlan {
  unchanged?: DigestModel;
  entry?: EntryReparse;
}

/** A paper entry to read again, with what its new reading is spliced into. */
export interface EntryReparse {
  previous: DigestModel;
  text: string;
  /** The entry's index among the papers. */
  index: number;
  /** Where the slice starts in `text`. */
  start: number;
  /** The change in length from the previous text. */
  delta: number;
  slice: EntrySlice;
}

/** The text of one entry, with the next entry's heading line when there is one: it parses on its own. */
export interface EntrySlice {
  text: string;
  /** Where the entry ends (and the next heading starts, when `hasNext`). */
  end: number;
  hasNext: boolean;
}

/** An entry read from its slice alone; its offsets are the slice's. */
export interface EntryRead {
  entry: PaperEntry;
  htmlTokens: TextPart[];
}

export function planReparse(
  previous: DigestModel | undefined,
  text: string,
  schema: DigestSchema,
  maxLength = DEFAULT_MAX_LENGTH,
): ReparsePlan {
  if (!previous || reusableWith.get(previous) !== schema || text.length > maxLength) return {};
  if (previous.text === text) return { unchanged: previous };
  // A raw region (an HTML element, a `{::comment}`) may hide paper headings: its ends may lie in different entries.
  if (rawRegionHidesHeadings(text)) return {};
  const change = changeBetween(previous.text, text);
  if (text.slice(Math.max(0, change.start - 1), change.newEnd + 1).includes(DEFINITION)) return {};
  const index = entryAt(previous.papers, change.start);
  const old = previous.papers[index];
  if (!old || change.oldEnd > old.span.end) return {};
  const delta = change.newEnd - change.oldEnd;
  const start = old.span.start;
  const next = previous.papers[index + 1];
  const end = old.span.end + delta;
  const sliceEnd = next ? next.heading.span.end + delta : end;
  return {
    entry: {
      previous,
      text,
      index,
      start,
      delta,
      slice: { text: text.slice(start, sliceEnd), end: end - start, hasNext: !!next },
    },
  };
}

/** The model with the entry read again in place of the old one, and the entries after it shifted. */
export function spliceEntry({ previous, text, index, start, delta }: EntryReparse, read: EntryRead): DigestModel {
  const old = previous.papers[index];
  const model: DigestModel = {
    ...previous,
    text,
    papers: [
      ...previous.papers.slice(0, index),
      shifted(read.entry, start),
      ...previous.papers.slice(index + 1).map((paper) => shifted(paper, delta)),
    ],
    htmlTokens: [
      ...previous.htmlTokens.filter((token) => token.span.end <= old.span.start),
      ...read.htmlTokens.map((token) => shifted(token, start)),
      ...previous.htmlTokens.filter((token) => token.span.start >= old.span.end).map((token) => shifted(token, delta)),
    ],
  };
  reusableWith.set(model, schemaOf(previous));
  return model;
}

/** The model of a full parse, marked as one whose entries can be read again alone when it allows it. */
export function reusable(model: DigestModel, schema: DigestSchema): DigestModel {
  const frontMatterOpen = model.unclosedFrontMatter || model.crFrontMatter;
  if (!model.oversized && !model.tooComplex && !frontMatterOpen && !model.text.includes(DEFINITION))
    reusableWith.set(model, schema);
  return model;
}

function schemaOf(model: DigestModel): DigestSchema {
  return reusableWith.get(model)!;
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

export function changeBetween(before: string, after: string): Change {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start + CHUNK <= shorter && before.slice(start, start + CHUNK) === after.slice(start, start + CHUNK))
    start += CHUNK;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  const tailOf = (text: string) => text.slice(text.length - tail - CHUNK, text.length - tail);
  while (tail + CHUNK <= shorter - start && tailOf(before) === tailOf(after)) tail += CHUNK;
  while (
    tail < shorter - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
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
 * Reads the entry from its slice alone when the parse confirms the boundaries: the slice opens with the entry's heading,
 * holds no other paper heading, and the next heading (when there is one) is still a top-level paper heading that
 * fills the slice's last line exactly.
 */
export function readEntrySlice({ text, end, hasNext }: EntrySlice, schema: DigestSchema): EntryRead | undefined {
  if (text[0] !== '#') return undefined;
  const nodes = parseMarkdown(text).root.children;
  const headings = nodes.flatMap((node, i) => (isPaperHeading(node) ? [i] : []));
  const at = (i: number) => nodes[i].position?.start.offset ?? -1;
  const until = (i: number) => nodes[i].position?.end.offset ?? -1;
  if (headings[0] !== 0 || at(0) !== 0) return undefined;
  if (
    hasNext
      ? headings.length !== 2 || at(headings[1]) !== end || until(headings[1]) !== text.length
      : headings.length !== 1
  )
    return undefined;
  return readPaperEntry(text, 0, schema, hasNext ? nodes.slice(0, headings[1]) : nodes, end);
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
