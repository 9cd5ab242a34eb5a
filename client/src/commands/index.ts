import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { DigestDocuments } from '../suggestions/digestDocuments';
import { addPaperFromArxiv } from './addPaperFromArxiv';
import { newDigestPost } from './newDigestPost';
import { movePaper, renumberPapers } from './reorderPapers';

/** The commands of the palette and the editor menus (package.json `contributes.commands`). */
export function registerCommands(
  context: vscode.ExtensionContext,
  client: BaseLanguageClient,
  digests: DigestDocuments,
): void {
  const commands: Record<string, () => Promise<void>> = {
    'paperDigest.newDigestPost': () => newDigestPost(client, digests),
    'paperDigest.addPaperFromArxiv': () => addPaperFromArxiv(client, digests),
    'paperDigest.renumberPapers': () => renumberPapers(client),
    'paperDigest.movePaperUp': () => movePaper(client, 'up'),
    'paperDigest.movePaperDown': () => movePaper(client, 'down'),
  };
  for (const [id, run] of Object.entries(commands)) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, () =>
        run().catch((error: unknown) => {
          void vscode.window.showErrorMessage(
            `Paper Digest: ${error instanceof Error ? error.message : String(error)}`,
          );
        }),
      ),
    );
  }
}
