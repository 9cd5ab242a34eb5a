import {
  DiagnosticSeverity,
  type Diagnostic,
  type Range,
  type TextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity, SpanEdit } from '../core/rules/rule';
import { DIAGNOSTIC_SOURCE } from '../protocol/diagnostics';
import type { Span } from '../core/span';
import type { DigestDiagnostic } from '../core/validate';


const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toRange(document: TextDocument, span: Span): Range {
  return { start: document.positionAt(span.start), end: document.positionAt(span.end) };
}

export function toTextEdit(document: TextDocument, edit: SpanEdit): TextEdit {
  return { range: toRange(document, edit.span), newText: edit.newText };
}

export function toDiagnostic(document: TextDocument, diagnostic: DigestDiagnostic): Diagnostic {
  return {
    range: toRange(document, diagnostic.span),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.ruleId,
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
    ...(diagnostic.related && {
      relatedInformation: diagnostic.related.map((place) => ({ location: { uri: place.file, range: place.range }, message: place.message })),
    }),
  };
}
