// What every diagnostic and quick fix must satisfy, whatever the text: checks shared by the core and protocol properties.
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { unversionedId } from '../../server/src/core/arxiv';
import { applyEdits, mapOffset } from '../../server/src/core/edits';
import type { DigestModel } from '../../server/src/core/model';
import type { Fix, SpanEdit } from '../../server/src/core/rules/rule';
import type { Span } from '../../server/src/core/span';
import { validateDigest, type DigestDiagnostic, type ValidationOptions } from '../../server/src/core/validate';

/** True when an offset falls between the halves of a surrogate pair or of a CRLF, where no range may start or end. */
function splitsCharacter(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (
    (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) || (before === 13 && after === 10)
  );
}

export function assertSpanInside(text: string, span: Span, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: offsets are integers`);
  assert.ok(
    span.start >= 0 && span.start <= span.end && span.end <= text.length,
    `${what}: ${JSON.stringify(span)} inside 0..${text.length}`,
  );
  assert.ok(
    !splitsCharacter(text, span.start) && !splitsCharacter(text, span.end),
    `${what}: ${JSON.stringify(span)} splits a character or a CRLF`,
  );
}

const same = (a: Span | undefined, b: Span) => !!a && a.start === b.start && a.end === b.end;
const within = (inner: Span, outer: Span | undefined) =>
  !!outer && outer.start <= inner.start && inner.end <= outer.end;
const sectionNamed = (model: DigestModel, span: Span, message: string) =>
  model.papers.some((paper) =>
    paper.sections.some((section) => same(section.nameSpan, span) && message.includes(`\`## ${section.name}\``)),
  );
const fieldNamed = (model: DigestModel, span: Span, key: string) => {
  const field = model.frontMatter?.fields.get(key);
  return same(field?.keySpan, span) || same(field?.valueSpan, span);
};
const openingFence = (model: DigestModel, span: Span) =>
  !!model.frontMatter && same({ start: model.frontMatter.span.start, end: model.frontMatter.span.start + 3 }, span);
const paperHeading = (model: DigestModel, span: Span) => model.papers.some((paper) => same(paper.heading.span, span));

/**
 * For each rule, whether a diagnostic's range covers the text the diagnostic is about (`covered`), judged from its message
 * or from what the model says is written there. A rule that has no entry here fails the property: add one with the rule.
 */
export const NAMED_TEXT: Record<
  string,
  (covered: string, diagnostic: DigestDiagnostic, model: DigestModel) => boolean
> = {
  'frontmatter-missing': (covered, { span }, model) =>
    (covered === '' && span.start === (model.text.charCodeAt(0) === 0xfeff ? 1 : 0)) || covered === '---',
  'frontmatter-yaml': (_, { span }, model) => within(span, model.frontMatter?.yamlSpan),
  'frontmatter-layout': (_, { span }, model) => openingFence(model, span) || fieldNamed(model, span, 'layout'),
  'frontmatter-title': (_, { span }, model) => openingFence(model, span) || fieldNamed(model, span, 'title'),
  'frontmatter-date': (_, { span }, model) => fieldNamed(model, span, 'date'),
  'date-mismatch': (covered, { span, message }, model) =>
    /^\d{4}-\d{2}-\d{2}$/.test(covered) && message.includes(covered) && within(span, model.frontMatter?.span),
  'frontmatter-lists': (_, { span, message }, model) =>
    ['tags', 'categories'].some((key) => fieldNamed(model, span, key) && message.startsWith(`\`${key}\``)),
  'paper-heading': (covered, { span, message }, model) =>
    model.papers.some(
      ({ heading }) =>
        within(span, heading.span) &&
        (same(heading.span, span) ||
          covered === '#'.repeat(heading.depth) ||
          message.includes(`\`${covered}\``) ||
          same(heading.link?.span, span) ||
          same(heading.trailing?.span, span)),
    ),
  'paper-numbering': (covered, { message }) => message.startsWith(`Paper ${covered} is entry `),
  'arxiv-id': (covered, { message }) => message.startsWith(`\`${covered}\` is not`),
  'duplicate-paper': (covered, { message }) => message.startsWith(`Paper ${unversionedId(covered)} is already`),
  'title-spacing': (_, { span }, model) => model.papers.some(({ heading }) => same(heading.title?.span, span)),
  'alphaxiv-missing': (_, { span }, model) => paperHeading(model, span),
  'alphaxiv-id': (covered, { span, message }, model) =>
    message.includes(`is for ${covered},`) ||
    model.papers.some(({ alphaxiv }) => same(alphaxiv?.urlSpan ?? alphaxiv?.span, span)),
  'alphaxiv-language': (covered, { span, message }, model) =>
    message.startsWith(`This alphaXiv link uses \`${covered}\``) ||
    model.papers.some(({ alphaxiv }) => same(alphaxiv?.urlSpan, span)),
  'section-missing': (_, { span }, model) => paperHeading(model, span),
  'section-duplicate': (_, { span, message }, model) => sectionNamed(model, span, message),
  'section-order': (_, { span, message }, model) => sectionNamed(model, span, message),
  'section-empty': (_, { span, message }, model) => sectionNamed(model, span, message),
  'section-unknown': (_, { span, message }, model) => sectionNamed(model, span, message),
  'section-placeholder': (covered, { message }) => {
    const placeholder = /placeholder "(.*)"\.$/.exec(message)?.[1];
    return !!placeholder && covered.includes(placeholder) && /^[\s>*+\-\d.]*$/.test(covered.replace(placeholder, ''));
  },
  'intro-bullets': (covered, { span, message }, model) =>
    sectionNamed(model, span, message) || message.startsWith(`\`${covered}\``),
  'intro-bullet-empty': (covered, { span, message }, model) =>
    message === `The ${covered} bullet is empty.` ||
    model.papers.some((paper) =>
      paper.sections.some((section) => section.bullets.some((bullet) => same(bullet.span, span))),
    ),
  'intro-unlabeled': (covered) => /^[-*+]/.test(covered),
  'hidden-html': (covered, { message }) => message.startsWith(`\`${covered.trim()}\` is read`),
  'file-too-large': (covered, { span }) => covered === '' && span.start === 0,
  'too-complex': (covered, { span }) => covered === '' && span.start === 0,
  'post-file-name': (covered, { span }) => covered === '' && span.start === 0,
  'post-unpublished': (covered) => /^published\s*:\s*false$/.test(covered),
  'post-future': (covered, { span }, model) => fieldNamed(model, span, 'date') || (covered === '' && span.start === 0),
  'permalink-conflict': (covered, { span }) => covered === '' && span.start === 0,
  'liquid-syntax': (covered) => /^\{[{%]/.test(covered),
  'liquid-include': (covered) => /^\{%-?\s*include\b[^]*%\}$/.test(covered),
  'liquid-output': (covered) => /^\{\{[^]*\}\}$/.test(covered),
  'liquid-block': (covered) => /^\{%-?\s*(?:if|for)\b[^]*%\}$/.test(covered),
  'already-digested': (covered, { message }, model) =>
    model.papers.some(({ heading }) => heading.arxivId?.value === covered) && message.startsWith('Already digested'),
};

/** Every diagnostic lies inside the text and on the text it names. */
export function assertDiagnosticsOnTheirText(text: string, diagnostics: DigestDiagnostic[], model: DigestModel): void {
  for (const diagnostic of diagnostics) {
    const what = `${diagnostic.ruleId} "${diagnostic.message}"`;
    assertSpanInside(text, diagnostic.span, what);
    const names = NAMED_TEXT[diagnostic.ruleId];
    assert.ok(names, `${diagnostic.ruleId} has no range check in NAMED_TEXT`);
    const covered = text.slice(diagnostic.span.start, diagnostic.span.end);
    assert.ok(names(covered, diagnostic, model), `${what} covers ${JSON.stringify(covered)}`);
  }
}

/** Every character outside the edits' ranges is still there, in order, where the edits leave it. */
function assertKeepsTheRest(text: string, fixed: string, edits: readonly SpanEdit[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  let from = 0;
  for (const edit of [...sorted, { span: { start: text.length, end: text.length }, newText: '' }]) {
    const kept = text.slice(from, edit.span.start);
    const at = mapOffset(from, edits);
    assert.equal(fixed.slice(at, at + kept.length), kept, `${what}: the text between its edits changed`);
    from = Math.max(from, edit.span.end);
  }
}

/** The diagnostics of the text after a fix, in a file renamed the way the fix says. */
function validateAfter(text: string, fix: Fix, options: ValidationOptions) {
  return validateDigest(text, fix.renameTo ? { ...options, fileName: fix.renameTo } : options).diagnostics;
}

/** The same diagnostic after the edits: same rule, at the mapped place, and the same message where the place alone is ambiguous. */
function survivor(
  before: DigestDiagnostic,
  others: DigestDiagnostic[],
  after: DigestDiagnostic[],
  fix: Fix,
): DigestDiagnostic | undefined {
  const start = mapOffset(before.span.start, fix.edits);
  const end = Math.max(start, mapOffset(before.span.end, fix.edits));
  const sharesPlace = others.some(
    (other) => other !== before && other.ruleId === before.ruleId && same(other.span, before.span),
  );
  return after.find(
    (candidate) =>
      candidate.ruleId === before.ruleId &&
      candidate.span.start === start &&
      candidate.span.end === end &&
      (!sharesPlace || candidate.message === before.message),
  );
}

/**
 * A quick fix edits only the ranges it claims and keeps every other character (checked against the LSP library's own edit
 * application), removes the diagnostic it fixes, and is idempotent: the same fix offered again where it edited changes nothing.
 */
export function assertFixIsSound(
  text: string,
  diagnostic: DigestDiagnostic,
  all: DigestDiagnostic[],
  fix: Fix,
  options: ValidationOptions,
): void {
  const what = `${diagnostic.ruleId} fix "${fix.title}"`;
  for (const edit of fix.edits) assertSpanInside(text, edit.span, what);
  const fixed = applyEdits(text, fix.edits);
  const document = TextDocument.create('file:///post.md', 'markdown', 1, text);
  const lspEdits = fix.edits.map((edit) => ({
    range: { start: document.positionAt(edit.span.start), end: document.positionAt(edit.span.end) },
    newText: edit.newText,
  }));
  assert.equal(
    TextDocument.applyEdits(document, lspEdits),
    fixed,
    `${what}: edits overlap or differ once sent over LSP`,
  );
  assertKeepsTheRest(text, fixed, fix.edits, what);
  const claimed = {
    start: Math.min(...fix.edits.map((edit) => edit.span.start)),
    end: Math.max(...fix.edits.map((edit) => edit.span.end)),
  };

  const after = validateAfter(fixed, fix, options);
  const left = survivor(diagnostic, all, after, fix);
  assert.equal(left, undefined, `${what} leaves its diagnostic in place:\n${JSON.stringify(fixed)}`);
  const region = { start: mapOffset(claimed.start, fix.edits), end: mapOffset(claimed.end, fix.edits) };
  const touchesRegion = (span: Span) => span.start <= region.end && region.start <= span.end;
  const again = after
    .filter((candidate) => candidate.ruleId === diagnostic.ruleId)
    .flatMap((candidate) =>
      (candidate.fixes ?? []).filter(
        (other) => other.title === fix.title && other.edits.some((edit) => touchesRegion(edit.span)),
      ),
    );
  for (const repeat of again)
    assert.equal(applyEdits(fixed, repeat.edits), fixed, `${what}: applying it twice differs from once`);
}
