import type * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerCommands } from '../commands';
import { DigestDocuments } from './digestDocuments';
import { registerStaticSnippets } from './staticSnippets';
import { registerSuggestWhileTyping } from './suggestWhileTyping';

/** Snippets, the `paper` suggestion while typing and the authoring commands. */
export function registerAuthoring(context: vscode.ExtensionContext, client: BaseLanguageClient): void {
  const digests = new DigestDocuments(client);
  context.subscriptions.push(digests);
  registerStaticSnippets(context, digests);
  registerSuggestWhileTyping(context, client, digests);
  registerCommands(context, client, digests);
}
