// `paperDigest/render`: the preview asks for a post's HTML. The open document's text is used (it is what the user
// sees); a post not open in the editor is read through the workspace's file system. The renderer keeps each site's layouts and compiled styles
// until the client's watchers report a change to the site's files.
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import { readText } from '../../core/fileSystem';
import { RENDER_METHOD, type RenderParams, type RenderResult } from '../../protocol/render';
import type { ServerContext } from '../context';
import type { Feature } from '../feature';
import type { Renderer } from '../platform';

/** Loaded on the first preview. */
let renderer: Promise<Renderer> | undefined;

/** The files of a Jekyll site a preview page is made of (posts come through the index's own watcher of markdown files). */
const SITE_FILES = ['**/_config.{yml,yaml}', '**/{_layouts,_includes,_data,_pages,_sass,assets}/**'];

export function registerRenderRequest(context: ServerContext): void {
  context.connection.onRequest(RENDER_METHOD, async (params: RenderParams): Promise<RenderResult> => {
    const document = context.documents.get(params.uri);
    const filePath = context.filePathOf(params.uri);
    const text = document?.getText() ?? (filePath ? await readText(context.files, filePath) : undefined) ?? '';
    const { renderPreview } = await (renderer ??= context.platform.loadRenderer());
    const source = { text, filePath, allowSite: params.trusted, files: context.files };
    const result = await renderPreview(source, { resourceRoots: params.resourceRoots, remoteContent: params.remoteContent, shown: params.shown });
    return { ...result, version: document?.version };
  });
}

function watchSiteFiles(context: ServerContext): void {
  context.onFilesChanged((changes) => {
    const paths = changes.flatMap((change) => context.filePathOf(change.uri) ?? []);
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
    registerRenderRequest(context);
    watchSiteFiles(context);
  },
};
