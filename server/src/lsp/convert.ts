import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity, SpanEdit } from '../core/rules/rule';
import { DIAGNOSTIC_SOURCE } from '../protocol/diagnostics';
import type { Span } from '../core/span';
import type { DigestDiagnostic } from '../core/validate';
import { repository } from '../../../package.json';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The page of the repository that documents a rule (docs/rules/, written by `npm run rules`). */
export function ruleDocumentationUrl(ruleId: string): string {
  return `${repository.url.replace(/\.git$/, '')}/blob/main/docs/rules/${ruleId}.md`;
}

/** What conversions read of a document: where an offset is (a post's kept line starts do for a closed post). */
export type Positions = Pick<TextDocument, 'positionAt'>;

export function toRange(document: Positions, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toTextEdit(document: TextDocument, edit: SpanEdit): TextEdit {
  return { range: toRange(document, edit.span), newText: edit.newText };
}

export function toDiagnostic(document: Positions, diagnostic: DigestDiagnostic): Diagnostic {
  return {
    range: toRange(document, diagnostic.span),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.ruleId,
    codeDescription: { href: ruleDocumentationUrl(diagnostic.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
    ...(diagnostic.related && {
      relatedInformation: diagnostic.related.map((place) => ({
        location: { uri: place.file, range: place.range },
        message: place.message,
      })),
    }),
  };
}
