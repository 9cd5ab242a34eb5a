import type { TextEdit } from './rules/rule';
import { validateDigest, type ValidationOptions } from './validate';

/** Applies non-overlapping edits (in any order) to the text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
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

function unambiguousEdits(text: string, options: ValidationOptions): TextEdit[] {
  const chosen: TextEdit[] = [];
  const taken = new Set<string>();
  for (const { fixes } of validateDigest(text, options).diagnostics) {
    const fix = fixes?.length === 1 && !fixes[0].renameTo ? fixes[0] : undefined;
    if (!fix || !fix.edits.length || taken.has(fix.title)) continue;
    if (fix.edits.some((edit) => chosen.some((other) => overlaps(edit, other)))) continue;
    taken.add(fix.title);
    chosen.push(...fix.edits);
  }
  return chosen;
}

/** Two edits collide when their ranges intersect, or both insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return a.span.start < b.span.end && b.span.start < a.span.end || a.span.start === b.span.start;
}
