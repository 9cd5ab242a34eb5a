import * as l10n from '@vscode/l10n';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, minimalEdit } from '../../core/edits';
import type { Fix } from '../../core/rules/rule';
import type { ServerContext } from '../context';
import { DIAGNOSTIC_SOURCE } from '../../protocol/diagnostics';
import { toRange, toTextEdit } from '../convert';
import { digestDocument, type OpenDigest } from '../digestDocument';
import type { Feature } from '../feature';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.paperDigest`;

export interface CodeActionOptions {
  /** The client applies file renames in workspace edits (the date fixes may rename the post). */
  canRenameFiles: boolean;
}

/** The quick fixes of the asked diagnostics, and "Fix all digest problems" (also run on save). */
export function provideCodeActions(digest: OpenDigest, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  return [...quickFixes(digest, params, options), ...fixAllAction(digest, params)];
}

export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } },
  register(context: ServerContext) {
    context.connection.onCodeAction(async (params) => {
      const digest = await digestDocument(context, params.textDocument.uri);
      return digest ? provideCodeActions(digest, params, { canRenameFiles: context.canRenameFiles }) : [];
    });
  },
};

function quickFixes({ document, analysis }: OpenDigest, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  if (!wants(params, CodeActionKind.QuickFix)) return [];
  return params.context.diagnostics
    .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE)
    .flatMap((diagnostic) => {
      const found = analysis.diagnostics.find((candidate) => candidate.ruleId === diagnostic.code &&
        sameRange(toRange(document, candidate.span), diagnostic));
      return (found?.fixes ?? [])
        .filter((fix) => !fix.renameTo || options.canRenameFiles)
        .map((fix, i): CodeAction => ({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: i === 0 && found!.fixes!.length === 1,
          edit: workspaceEdit(document, fix),
        }));
    });
}

function fixAllAction({ document, analysis }: OpenDigest, params: CodeActionParams): CodeAction[] {
  if (!wants(params, FIX_ALL_KIND)) return [];
  const text = document.getText();
  const { schema, rules, fixMinimumSeverity } = analysis.settings;
  const fixed = fixAll(text, { schema, rules, minimumSeverity: fixMinimumSeverity });
  if (fixed === text) return [];
  return [{ title: l10n.t('Fix all digest problems'), kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: [toTextEdit(document, minimalEdit(text, fixed))] } } }];
}

function workspaceEdit(document: TextDocument, fix: Fix): WorkspaceEdit {
  const edits = fix.edits.map((edit) => toTextEdit(document, edit));
  if (!fix.renameTo) return { changes: { [document.uri]: edits } };
  const newUri = document.uri.slice(0, document.uri.lastIndexOf('/') + 1) + encodeURIComponent(fix.renameTo);
  return {
    documentChanges: [
      { textDocument: { uri: document.uri, version: document.version }, edits },
      { kind: 'rename', oldUri: document.uri, newUri },
    ],
  };
}

function wants(params: CodeActionParams, kind: string): boolean {
  const only = params.context.only;
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

function sameRange(range: Diagnostic['range'], diagnostic: Diagnostic): boolean {
  const other = diagnostic.range;
  return range.start.line === other.start.line && range.start.character === other.start.character &&
    range.end.line === other.end.line && range.end.character === other.end.character;
}
