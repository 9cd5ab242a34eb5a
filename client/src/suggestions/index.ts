import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from '../commands';
import { DigestDocuments } from './digestDocuments';
import { registerStaticSnippets } from './staticSnippets';
import { registerSuggestWhileTyping } from './suggestWhileTyping';

/** Snippets, the `paper` suggestion while typing and the authoring commands. */
export function registerAuthoring(context: vscode.ExtensionContext, client: LanguageClient): void {
  const digests = new DigestDocuments(client);
  context.subscriptions.push(digests);
  registerStaticSnippets(context, digests);
  registerSuggestWhileTyping(context, client, digests);
  registerCommands(context, client, digests);
}
