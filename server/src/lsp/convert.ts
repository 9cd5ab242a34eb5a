import {
  DiagnosticSeverity,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity, TextEdit as CoreEdit } from '../core/rules/rule';
import type { Span } from '../core/span';
import type { DigestDiagnostic } from '../core/validate';

export const SOURCE = 'paper-digest';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toTextEdit(document: TextDocument, edit: CoreEdit): TextEdit {
  return { range: toRange(document, edit.span), newText: edit.newText };
}

export function toDiagnostic(document: TextDocument, diagnostic: DigestDiagnostic): Diagnostic {
  return {
    range: toRange(document, diagnostic.span),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.ruleId,
    source: SOURCE,
    message: diagnostic.message,
    ...(diagnostic.related && {
      relatedInformation: diagnostic.related.map((place) => ({ location: { uri: place.file, range: place.range }, message: place.message })),
    }),
  };
}
