import type { SpanEdit } from './rules/rule';
import { validateDigest, type ValidationOptions } from './validate';

/** Applies non-overlapping edits (in any order) to the text. */
export function applyEdits(text: string, edits: readonly SpanEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return result;
}

const MAX_FIX_ROUNDS = 10;

/**
 * Applies every fix that is the only one offered for its diagnostic, round after round until none is left.
 * Fixes that rename the file or make the user choose are left out.
 */
export function fixAll(text: string, options: ValidationOptions = {}): string {
  let current = text;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const edits = unambiguousEdits(current, options);
    if (!edits.length) break;
    current = applyEdits(current, edits);
  }
  return current;
}

/** One fix per diagnostic that has exactly one; a fix shared by several diagnostics (renumbering) collides with itself and goes in once. */
function unambiguousEdits(text: string, options: ValidationOptions): SpanEdit[] {
  const chosen: SpanEdit[] = [];
  for (const { fixes } of validateDigest(text, options).diagnostics) {
    const fix = fixes?.length === 1 && !fixes[0].renameTo ? fixes[0] : undefined;
    if (!fix || !fix.edits.length) continue;
    if (fix.edits.some((edit) => chosen.some((other) => overlaps(edit, other)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen;
}

/** Two edits collide when their ranges intersect, or both insert at the same point. */
function overlaps(a: SpanEdit, b: SpanEdit): boolean {
  return a.span.start < b.span.end && b.span.start < a.span.end || a.span.start === b.span.start;
}

/** The one edit that turns `before` into `after`, spanning only what differs. */
export function minimalEdit(before: string, after: string): SpanEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (tail < before.length - start && tail < after.length - start &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return { span: { start, end: before.length - tail }, newText: after.slice(start, after.length - tail) };
}

/** Where `offset` lands once the (non-overlapping) edits are applied; inside a replaced range it keeps its place, clamped. */
export function mapOffset(offset: number, edits: readonly SpanEdit[]): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.span.end <= offset) shift += edit.newText.length - (edit.span.end - edit.span.start);
    else if (edit.span.start < offset) shift += Math.min(offset - edit.span.start, edit.newText.length) - (offset - edit.span.start);
  }
  return offset + shift;
}
