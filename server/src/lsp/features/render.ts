// `paperDigest/render`: the preview asks for a post's HTML. The open document's text is used (it is what the user
// sees); a post not open in the editor is read through the workspace's file system, when it is a digest post inside
// a workspace folder. The render runs in the server's render worker (see ServerWorkers), under
// paperDigest.limits.renderTimeoutMs: a render stopped there answers with a message for the preview (a Failure), and
// the server's thread never waits on Liquid. The site's work (reading it, building its Sass) runs apart under its own
// bounds and is kept until the client's watchers report a change to the site's files; an answer whose styles are still
// being built says so, and the client hears when they are (SITE_STYLES_READY_METHOD). With the page comes what Jekyll
// would do with the post when it would not publish it as shown (the check's analysis, made meanwhile), for the top of
// the page.
import * as l10n from '@vscode/l10n';
import { DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import {
  RENDER_METHOD,
  SITE_STYLES_READY_METHOD,
  shownAfter,
  type RenderParams,
  type RenderResult,
  type ShownPreview,
} from '../../protocol/render';
import { isFailure, type Failure } from '../../protocol/requests';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { jekyllVerdict } from '../jekyllVerdict';
import type { ServerContext } from '../context';
import type { Feature } from '../feature';
import type { PreviewRender } from '../workers';
import { readWorkspacePost, workspaceFileOf } from '../workspaceFiles';

/**
 * The files of a Jekyll site a preview page is made of, and those the checks read of it (plugins, Gemfile, workflows);
 * posts come through the index's own watcher of markdown files.
 */
const SITE_FILES = [
  '**/_config.{yml,yaml}',
  '**/{_layouts,_includes,_data,_pages,_sass,assets,_plugins}/**',
  '**/Gemfile',
  '**/.github/workflows/**',
];

export function registerRenderRequest(context: ServerContext): void {
  const rest = new RestOfFirstAnswer();
  let toldOfStyles = false;
  context.connection.onRequest(RENDER_METHOD, async (params: RenderParams): Promise<RenderResult | Failure> => {
    if (!toldOfStyles) {
      toldOfStyles = true;
      context.workers.sites.onStylesReady(() => void context.connection.sendNotification(SITE_STYLES_READY_METHOD));
    }
    const document = context.documents.get(params.uri);
    const settings = await context.settings.get(params.uri);
    const file = await workspaceFileOf(context.files, context.filePathOf(params.uri), context.workspaceFolders);
    const text = document?.getText() ?? (file && (await readWorkspacePost(context.files, file, settings)));
    if (text === undefined)
      return { error: l10n.t('Only the digest posts of the workspace folders can be previewed.') };
    const source = { text, filePath: file?.path, allowSite: params.trusted };
    const render = (request: RenderParams) => {
      const options = {
        resourceRoots: request.resourceRoots,
        remoteContent: request.remoteContent,
        shown: request.shown,
        viewLine: request.viewLine,
      };
      return context.workers.renderPreview({ source, options }, settings.limits.renderTimeoutMs);
    };
    const analyzed = TextDocument.create(params.uri, 'markdown', document?.version ?? 0, text);
    const [result, analysis] = await Promise.all([
      rest.take(params, text) ?? render(params),
      document ? context.analysisOf(document) : context.analysisOfClosed(analyzed),
    ]);
    if (isFailure(result)) return result;
    if (!result.complete) rest.start(params, text, render, shownAfter(result));
    return { ...result, version: document?.version, jekyll: analysis && jekyllVerdict(analyzed, analysis) };
  });
}

/**
 * A first answer that stops at the first screen is followed at once by the preview's request for the rest: its render
 * starts as the first answer leaves, so that it runs while the answer travels and the page shows it, and the request
 * only collects it. Any other request (the post changed, another post) renders anew.
 */
class RestOfFirstAnswer {
  private pending: { key: string; result: Promise<PreviewRender | Failure> } | undefined;

  start(
    first: RenderParams,
    text: string,
    render: (params: RenderParams) => Promise<PreviewRender | Failure>,
    shown: ShownPreview,
  ): void {
    const params = { ...first, shown, viewLine: undefined };
    const result = render(params);
    // Rejected only when the server closes; a request that takes it hears why.
    result.catch(() => undefined);
    this.pending = { key: restKey(params, text), result };
  }

  take(params: RenderParams, text: string): Promise<PreviewRender | Failure> | undefined {
    const pending = this.pending;
    this.pending = undefined;
    return pending && params.viewLine === undefined && pending.key === restKey(params, text)
      ? pending.result
      : undefined;
  }
}

function restKey({ uri, trusted, remoteContent, resourceRoots, shown }: RenderParams, text: string): string {
  return JSON.stringify([
    uri,
    text,
    trusted,
    remoteContent,
    resourceRoots,
    shown?.chromeKey,
    shown?.stylesKey,
    shown?.blockKeys,
  ]);
}

function watchSiteFiles(context: ServerContext): void {
  context.onFilesChanged((changes) => {
    const paths = changes.flatMap((change) => context.filePathOf(change.uri) ?? []);
    if (paths.length) context.workers.invalidateSite(paths);
  });
  context.onInitialized(() => {
    if (!context.clientCapabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
    context.connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: SITE_FILES.map((globPattern) => ({ globPattern })),
      })
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
