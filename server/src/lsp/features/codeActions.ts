import * as l10n from '@vscode/l10n';
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { minimalEdit } from '../../core/edits';
import type { Fix } from '../../core/rules/rule';
import type { FixAllInput } from '../../jobs/postJobs';
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

/**
 * The quick fixes of the asked diagnostics, and "Fix all digest problems" (also run on save) when there is `fixed`: the
 * document's text with every unambiguous fix applied.
 */
export function provideCodeActions(
  digest: OpenDigest,
  params: CodeActionParams,
  options: CodeActionOptions,
  fixed?: string,
): CodeAction[] {
  return [...quickFixes(digest, params, options), ...fixAllAction(digest.document, params, fixed)];
}

/** What "Fix all" starts from: the document's text, what it was checked with, and the severity its settings give. */
export function fixAllInput({ document, analysis }: OpenDigest): FixAllInput {
  return {
    text: document.getText(),
    options: { ...analysis.options, minimumSeverity: analysis.settings.fixMinimumSeverity },
  };
}

export const codeActionsFeature: Feature = {
  capabilities: { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] } },
  register(context: ServerContext) {
    context.connection.onCodeAction(async (params) => {
      const digest = await digestDocument(context, params.textDocument.uri);
      if (!digest) return [];
      const fixed = wants(params, FIX_ALL_KIND) ? await fixAllOnWorker(context, digest) : undefined;
      return provideCodeActions(digest, params, { canRenameFiles: context.canRenameFiles }, fixed);
    });
  },
};

/**
 * "Fix all" parses the post once per round, so it runs as an analysis job under the check deadline, like the check.
 * Nothing for a post too complex to check, for a job that did not end, or when the document changed meanwhile.
 */
async function fixAllOnWorker(context: ServerContext, digest: OpenDigest): Promise<string | undefined> {
  if (digest.analysis.model.tooComplex) return undefined;
  const input = fixAllInput(digest);
  const job = { deadlineMs: digest.analysis.settings.limits.checkTimeoutMs, key: `${digest.document.uri}#fixAll` };
  const outcome = await context.workers.analysis.run('fixAll', input, job);
  return outcome.status === 'done' && digest.document.getText() === input.text ? outcome.value : undefined;
}

function quickFixes(
  { document, analysis }: OpenDigest,
  params: CodeActionParams,
  options: CodeActionOptions,
): CodeAction[] {
  if (!wants(params, CodeActionKind.QuickFix)) return [];
  return params.context.diagnostics
    .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE)
    .flatMap((diagnostic) => {
      const found = analysis.diagnostics.find(
        (candidate) => candidate.ruleId === diagnostic.code && sameRange(toRange(document, candidate.span), diagnostic),
      );
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

function fixAllAction(document: TextDocument, params: CodeActionParams, fixed: string | undefined): CodeAction[] {
  const text = document.getText();
  if (!wants(params, FIX_ALL_KIND) || fixed === undefined || fixed === text) return [];
  return [
    {
      title: l10n.t('Fix all digest problems'),
      kind: FIX_ALL_KIND,
      edit: { changes: { [document.uri]: [toTextEdit(document, minimalEdit(text, fixed))] } },
    },
  ];
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
  return (
    range.start.line === other.start.line &&
    range.start.character === other.start.character &&
    range.end.line === other.end.line &&
    range.end.character === other.end.character
  );
}
