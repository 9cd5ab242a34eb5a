import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerCommands } from '../commands';
import { registerCursorReports } from './cursorReports';
import { DigestDocuments } from './digestDocuments';
import { registerStaticSnippets } from './staticSnippets';
import { registerSuggestWhileTyping } from './suggestWhileTyping';

/** Snippets, the `paper` suggestion while typing, the authoring commands and the cursor the checks keep clear of. */
export function registerAuthoring(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const digests = new DigestDocuments(client);
  context.subscriptions.push(digests);
  registerStaticSnippets(context, digests);
  registerSuggestWhileTyping(context, client, digests);
  registerCommands(context, client, digests);
  registerCursorReports(context, client);
}
