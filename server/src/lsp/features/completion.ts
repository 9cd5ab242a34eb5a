import {
  CompletionItemKind,
  CompletionTriggerKind,
  InsertTextFormat,
  InsertTextMode,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  completionsAt,
  isInFrontMatter,
  type AuthoringCompletion,
  type AuthoringCompletionKind,
} from '../../core/authoring/completions';
import type { TermCounts } from '../../core/authoring/terms';
import type { TermUse, WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { ServerContext } from '../context';
import { toRange, toTextEdit } from '../convert';
import { digestDocument, type OpenDigest } from '../digestDocument';
import type { Feature } from '../feature';

/**
 * Characters that start something the digest can complete: `#` a section heading, `-` an Introduction
 * bullet, `>` the alphaXiv line, `[`, `,` and a space a tag or category in a front matter list.
 */
const TRIGGER_CHARACTERS = ['#', '-', '>', '[', ',', ' '];

/** For a trigger character: the line so far must be that construct, else the keystroke was prose. */
const TRIGGERED_LINE: Record<string, RegExp> = {
  '#': /^#{1,2}$/,
  '-': /^[ \t]*-$/,
  '>': /^>$/,
  '[': /^[A-Za-z_][\w-]*:[ \t]*\[$/,
  ',': /^(?:[A-Za-z_][\w-]*:[ \t]*)?\[[^\]]*,$/,
  // `tags: `, `tags: [papers, ` and a block list's `  - `; also `- ` opening an Introduction bullet.
  ' ': /^(?:[A-Za-z_][\w-]*:(?:[ \t]*\[[^\]]*,)?|[ \t]*-)[ \t]$/,
};

const KINDS: Record<AuthoringCompletionKind, CompletionItemKind> = {
  paper: CompletionItemKind.Snippet,
  section: CompletionItemKind.Keyword,
  label: CompletionItemKind.Property,
  alphaxiv: CompletionItemKind.Reference,
  term: CompletionItemKind.Value,
};

export const completionFeature: Feature = {
  capabilities: { completionProvider: { triggerCharacters: TRIGGER_CHARACTERS } },
  register: registerCompletion,
};

export interface CompletionOptions {
  /** The workspace's posts, for the tags and categories the front matter lists. */
  index: WorkspaceIndex;
  /** The client inserts snippets (tab stops); otherwise items insert plain text. */
  snippetSupport: boolean;
}

/** What can be written at the cursor: the next paper, a missing section, a bullet label, the alphaXiv line, a tag. */
export function provideCompletions(
  { document, analysis }: OpenDigest,
  params: CompletionParams,
  options: CompletionOptions,
): CompletionList {
  const offset = document.offsetAt(params.position);
  const { schema } = analysis.settings;
  const terms = isInFrontMatter(analysis.model, offset) ? termCounts(options.index) : undefined;
  const completions = completionsAt(analysis.model, offset, { schema, terms });
  return {
    isIncomplete: false,
    items: completions.map((completion) => toCompletionItem(document, completion, options.snippetSupport)),
  };
}

function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion(async (params): Promise<CompletionList | null> => {
    try {
      const document = context.documents.get(params.textDocument.uri);
      // Checked before the analysis: a trigger character typed in prose must not cost a parse.
      if (!document || !isTriggeredByConstruct(document, params)) return null;
      const digest = await digestDocument(context, document.uri);
      const snippetSupport = !!context.clientCapabilities.textDocument?.completion?.completionItem?.snippetSupport;
      return digest ? provideCompletions(digest, params, { index: context.index, snippetSupport }) : null;
    } catch (error) {
      context.logError('completion', error);
      return null;
    }
  });
}

/** The tags and categories of the workspace's digest posts, from the workspace index. */
function termCounts(index: WorkspaceIndex): TermCounts {
  const counted = (uses: TermUse[]) => new Map(uses.map(({ name, posts }) => [name, posts]));
  return { tags: counted(index.tags()), categories: counted(index.categories()) };
}

/** Invoked completion, or a trigger character that starts a construct the digest completes (not one typed in prose). */
export function isTriggeredByConstruct(document: TextDocument, params: CompletionParams): boolean {
  const trigger =
    params.context?.triggerKind === CompletionTriggerKind.TriggerCharacter
      ? params.context.triggerCharacter
      : undefined;
  if (!trigger) return true;
  const line = document.getText({ start: { line: params.position.line, character: 0 }, end: params.position });
  return TRIGGERED_LINE[trigger]?.test(line) ?? false;
}

function toCompletionItem(document: TextDocument, completion: AuthoringCompletion, snippets: boolean): CompletionItem {
  return {
    label: completion.label,
    kind: KINDS[completion.kind],
    detail: completion.detail,
    documentation: completion.documentation ? { kind: 'markdown', value: completion.documentation } : undefined,
    filterText: completion.filterText,
    sortText: completion.sortText,
    preselect: completion.preselect || undefined,
    insertTextFormat: snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    insertTextMode: InsertTextMode.asIs,
    textEdit: { range: toRange(document, completion.span), newText: snippets ? completion.snippet : completion.text },
    additionalTextEdits: completion.additionalEdits?.map((edit) => toTextEdit(document, edit)),
  };
}
