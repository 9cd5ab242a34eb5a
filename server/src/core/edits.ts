import { SEVERITIES } from '../protocol/diagnostics';
import type { Severity, SpanEdit } from './rules/rule';
import { validateDigest, type DigestDiagnostic, type ValidationOptions } from './validate';

/** Applies non-overlapping edits (in any order) to the text. */
export function applyEdits(text: string, edits: readonly SpanEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const parts: string[] = [];
  let copied = 0;
  for (const edit of sorted) {
    parts.push(text.slice(copied, edit.span.start), edit.newText);
    copied = edit.span.end;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

const MAX_FIX_ROUNDS = 10;

/** Fix all leaves information and hints alone unless asked: they are accepted variants the user may never have seen. */
export const DEFAULT_FIX_SEVERITY: Severity = 'warning';

export interface FixAllOptions extends ValidationOptions {
  /** The least severe diagnostics whose fixes are applied (at the severity the rule settings give them). */
  minimumSeverity?: Severity;
}

/**
 * Applies every fix that is the only one offered for its diagnostic, round after round until none is left.
 * Fixes that rename the file or make the user choose are left out, and so are those of diagnostics less severe than
 * `minimumSeverity`.
 */
export function fixAll(text: string, options: FixAllOptions = {}): string {
  let current = text;
  for (let round = 0; round < MAX_FIX_ROUNDS; round++) {
    const edits = unambiguousEdits(current, options);
    if (!edits.length) break;
    current = applyEdits(current, edits);
  }
  return current;
}

/** One fix per diagnostic that has exactly one; a fix shared by several diagnostics (renumbering) collides with itself and goes in once. */
function unambiguousEdits(text: string, options: FixAllOptions): SpanEdit[] {
  const chosen: SpanEdit[] = [];
  const severe = atLeast(options.minimumSeverity ?? DEFAULT_FIX_SEVERITY);
  for (const { fixes } of validateDigest(text, options).diagnostics.filter(severe)) {
    const fix = fixes?.length === 1 && !fixes[0].renameTo ? fixes[0] : undefined;
    if (!fix || !fix.edits.length) continue;
    if (fix.edits.some((edit) => chosen.some((other) => overlaps(edit, other)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen;
}

function atLeast(minimum: Severity): (diagnostic: DigestDiagnostic) => boolean {
  const rank = SEVERITIES.indexOf(minimum);
  return (diagnostic) => SEVERITIES.indexOf(diagnostic.severity) <= rank;
}

/** Two edits collide when their ranges intersect, or both insert at the same point. */
function overlaps(a: SpanEdit, b: SpanEdit): boolean {
  return (a.span.start < b.span.end && b.span.start < a.span.end) || a.span.start === b.span.start;
}

/** The one edit that turns `before` into `after`, spanning only what differs. */
export function minimalEdit(before: string, after: string): SpanEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let tail = 0;
  while (
    tail < before.length - start &&
    tail < after.length - start &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  )
    tail++;
  return { span: { start, end: before.length - tail }, newText: after.slice(start, after.length - tail) };
}

/** Where `offset` lands once the (non-overlapping) edits are applied; inside a replaced range it keeps its place, clamped. */
export function mapOffset(offset: number, edits: readonly SpanEdit[]): number {
  let shift = 0;
  for (const edit of edits) {
    if (edit.span.end <= offset) shift += edit.newText.length - (edit.span.end - edit.span.start);
    else if (edit.span.start < offset)
      shift += Math.min(offset - edit.span.start, edit.newText.length) - (offset - edit.span.start);
  }
  return offset + shift;
}
