import { ID_PLACEHOLDER, TITLE_PLACEHOLDER } from './authoring/entry';
import type { DigestModel } from './model';
import type { DigestDiagnostic } from './validate';

/** Rules that flag what an entry snippet leaves blank: a section or a bullet with no text yet. */
const BLANK_RULES = new Set(['section-empty', 'intro-bullet-empty']);
const PLACEHOLDERS = new Set([ID_PLACEHOLDER, TITLE_PLACEHOLDER]);

/**
 * The diagnostics without the blanks of the paper entry being filled, the one holding `offset` (the author's
 * cursor): empty sections and bullets, and a `Title` or `ID` the snippet wrote and the author has not typed over yet.
 * They are not mistakes while the author is still on their way to them.
 */
export function withoutBlanksBeingFilled(
  diagnostics: DigestDiagnostic[],
  model: DigestModel,
  offset: number,
): DigestDiagnostic[] {
  const entry = model.papers.filter(({ span }) => span.start <= offset).at(-1)?.span;
  if (!entry) return diagnostics;
  const isBlank = ({ ruleId, span }: DigestDiagnostic) =>
    BLANK_RULES.has(ruleId) || PLACEHOLDERS.has(model.text.slice(span.start, span.end));
  return diagnostics.filter(
    (diagnostic) => !(entry.start <= diagnostic.span.start && diagnostic.span.end <= entry.end && isBlank(diagnostic)),
  );
}
