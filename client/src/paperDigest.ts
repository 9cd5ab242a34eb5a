// What the extension does once it has a language client, the same in VS Code's Node extension host (node/extension.ts)
// and in its web worker host on github.dev and vscode.dev (browser/extension.ts): nothing here may need Node.js.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { serveFiles } from './fileAccess';
import { registerPreview, type PreviewShown } from './preview';
import { registerAuthoring } from './suggestions';

export const CLIENT_ID = 'paperDigest';
export const CLIENT_NAME = 'Paper Digest';

let client: BaseLanguageClient | undefined;

/** What the extension gives other extensions (its `exports`): what the preview shows, as it shows it. */
export interface PaperDigestApi {
  onDidRenderPreview: vscode.Event<PreviewShown>;
}

/** Starts the language server through the platform's client, then registers the editor features over it. */
export async function activateWith(
  context: vscode.ExtensionContext,
  createClient: (options: LanguageClientOptions) => BaseLanguageClient | Promise<BaseLanguageClient>,
): Promise<PaperDigestApi> {
  client = await createClient(clientOptions(context));
  serveFiles(client, context.storageUri);
  // The preview before the server is up: a page an earlier session kept shows while it starts (renders wait for it).
  const onDidRenderPreview = registerPreview(context, client);
  await client.start();
  registerAuthoring(context, client);
  return { onDidRenderPreview };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function clientOptions(context: vscode.ExtensionContext): LanguageClientOptions {
  return {
    documentSelector: markdownSchemes().map((scheme) => ({ language: 'markdown', scheme })),
    synchronize: { configurationSection: 'paperDigest' },
    initializationOptions: {
      storageUri: context.storageUri?.toString(),
      // Every workspace's: the desktop server keeps V8's compiled code for its preview's workers there.
      globalStorageUri: context.globalStorageUri.toString(),
      l10nBundle: vscode.l10n.bundle,
    },
  };
}

/** Posts on disk, unsaved ones, and those of a virtual workspace (github.dev's `vscode-vfs`). */
function markdownSchemes(): string[] {
  return [
    ...new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.scheme)]),
  ];
}
