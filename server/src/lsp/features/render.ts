// `paperDigest/render`: the preview asks for a post's HTML. The open document's text is used (it is what the user
// sees); a post not open in the editor is read from disk. The renderer keeps each site's layouts and compiled styles
// until the client's watchers report a change to the site's files.
import { readFile } from 'node:fs/promises';
import { DidChangeWatchedFilesNotification, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { RENDER_METHOD, type RenderParams, type RenderResult } from '../../protocol/render';
import type { ServerContext } from '../context';
import type { Feature } from '../feature';

/** The renderer (with sass and liquidjs) is loaded on the first preview, so a server that only checks posts stays small. */
let renderer: Promise<typeof import('../../render')> | undefined;
const loadRenderer = () => (renderer ??= import('../../render'));

/** The files of a Jekyll site a preview page is made of (posts come through the index's own watcher of markdown files). */
const SITE_FILES = ['**/_config.{yml,yaml}', '**/{_layouts,_includes,_data,_pages,_sass,assets}/**'];

export function registerRenderRequest(connection: Connection, documents: TextDocuments<TextDocument>): void {
  connection.onRequest(RENDER_METHOD, async (params: RenderParams): Promise<RenderResult> => {
    const document = documents.get(params.uri);
    const uri = URI.parse(params.uri);
    const filePath = uri.scheme === 'file' ? uri.fsPath : undefined;
    const text = document?.getText() ?? (filePath ? await readFile(filePath, 'utf8') : '');
    const { renderPreview } = await loadRenderer();
    const result = await renderPreview({ text, filePath, allowSite: params.trusted }, { resourceRoots: params.resourceRoots, remoteContent: params.remoteContent, shown: params.shown });
    return { ...result, version: document?.version };
  });
}

function watchSiteFiles(context: ServerContext): void {
  context.onFilesChanged((changes) => {
    const paths = changes.map((change) => URI.parse(change.uri)).filter((uri) => uri.scheme === 'file').map((uri) => uri.fsPath);
    if (paths.length && renderer) void renderer.then(({ invalidateSite }) => invalidateSite(paths));
  });
  context.onInitialized(() => {
    if (!context.clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    context.connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: SITE_FILES.map((globPattern) => ({ globPattern })) })
      .catch((error) => context.logError('watching the site files', error));
  });
}

export const renderFeature: Feature = {
  capabilities: {},
  register: (context) => {
    registerRenderRequest(context.connection, context.documents);
    watchSiteFiles(context);
  },
};
