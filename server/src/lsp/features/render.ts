// `paperDigest/render`: the preview asks for a post's HTML. The open document's text is used (it is what the user
// sees); a post not open in the editor is read through the workspace's file system, when it is a digest post inside
// a workspace folder. The render runs in the server's render worker (see ServerWorkers), under
// paperDigest.limits.renderTimeoutMs: a render stopped there answers with a message for the preview (a Failure), and
// the server's thread never waits on Liquid. The renderer keeps each site's layouts and compiled styles until the
// client's watchers report a change to the site's files.
import * as l10n from '@vscode/l10n';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import { RENDER_METHOD, type RenderParams, type RenderResult } from '../../protocol/render';
import { isFailure, type Failure } from '../../protocol/requests';
import type { ServerContext } from '../context';
import type { Feature } from '../feature';
import { readWorkspacePost, workspaceFileOf } from '../workspaceFiles';

/** The files of a Jekyll site a preview page is made of (posts come through the index's own watcher of markdown files). */
const SITE_FILES = ['**/_config.{yml,yaml}', '**/{_layouts,_includes,_data,_pages,_sass,assets}/**'];

export function registerRenderRequest(context: ServerContext): void {
  context.connection.onRequest(RENDER_METHOD, async (params: RenderParams): Promise<RenderResult | Failure> => {
    const document = context.documents.get(params.uri);
    const settings = await context.settings.get(params.uri);
    const file = await workspaceFileOf(context.files, context.filePathOf(params.uri), context.workspaceFolders);
    const text = document?.getText() ?? (file && (await readWorkspacePost(context.files, file, settings)));
    if (text === undefined) return { error: l10n.t('Only the digest posts of the workspace folders can be previewed.') };
    const source = { text, filePath: file?.path, allowSite: params.trusted };
    const options = { resourceRoots: params.resourceRoots, remoteContent: params.remoteContent, shown: params.shown, viewLine: params.viewLine };
    const result = await context.workers.renderPreview({ source, options }, settings.limits.renderTimeoutMs);
    return isFailure(result) ? result : { ...result, version: document?.version };
  });
}

function watchSiteFiles(context: ServerContext): void {
  context.onFilesChanged((changes) => {
    const paths = changes.flatMap((change) => context.filePathOf(change.uri) ?? []);
    if (paths.length) context.workers.invalidateSite(paths);
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
