// The preview beside the editor: one webview that follows the active markdown editor, re-renders as you type (see
// renderLoop.ts), keeps the editor and the preview scrolled together, and comes back when the window reloads.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  DIAGNOSTIC_SOURCE,
  isFailure,
  RENDER_METHOD,
  type Failure,
  type FromWebview,
  type PreviewProblem,
  type RenderParams,
  type RenderResult,
  shownAfter,
  type ShownPreview,
  type ToWebview,
} from '../../../server/src/protocol';
import { Utils } from 'vscode-uri';
import { type KeptPages, type PageContext, ShownPage, type WholePage } from './keptPages';
import { RenderLoop, type RenderTurn } from './renderLoop';
import { previewShell } from './webviewHtml';

const REMOTE_CONTENT_SETTING = 'paperDigest.preview.remoteContent';
export const PREVIEW_VIEW_TYPE = 'paperDigest.preview';
/** A page with nothing of any post: what shows while another post's first render is on its way. */
const EMPTY_CHROME = { before: '', after: '', bodyClass: '' };

/** What the preview shows after a render: which post, with which theme, what it says. */
export interface PreviewShown {
  uri: string;
  theme: RenderResult['theme'];
  /** The site's look is still on its way: the page shows what it had, and is shown again once it is there. */
  stylesLoading: boolean;
  notes: string[];
  /** The page as an earlier session last rendered it (see keptPages.ts), shown until the fresh render comes. */
  kept: boolean;
}
/** After the preview scrolls the editor, the editor's own scroll events are its echo, not the user. */
const ECHO_MS = 300;

export class PreviewPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private document: vscode.TextDocument;
  /** What the webview holds, as far as the renders sent to it tell. */
  private shown: ShownPreview | undefined;
  private readonly renders = new RenderLoop(
    () => this.document,
    (document, turn) => this.render(document, turn),
  );
  private ignoreEditorScrollUntil = 0;
  private disposed = false;
  private stylesLoading = false;
  private readonly page = new ShownPage();
  private readonly rendered = new vscode.EventEmitter<PreviewShown>();
  /** Fires once the webview was sent each render. */
  readonly onDidRender = this.rendered.event;

  constructor(
    private readonly client: BaseLanguageClient,
    document: vscode.TextDocument,
    private readonly extensionUri: vscode.Uri,
    onDispose: () => void,
    /** The pages kept for the next session, if the workspace has storage. */
    private readonly kept?: { pages: KeptPages; extensionVersion: string },
    /** The panel VS Code restored after a reload of the window (see registerPreview's serializer). */
    restored?: vscode.WebviewPanel,
  ) {
    this.document = document;
    const options = {
      enableScripts: true,
      localResourceRoots: [...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri), extensionUri],
    };
    this.panel =
      restored ??
      vscode.window.createWebviewPanel(
        PREVIEW_VIEW_TYPE,
        this.title(),
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { ...options, enableFindWidget: true },
      );
    if (restored) {
      restored.title = this.title();
      restored.webview.options = options;
    }
    this.loadShell();
    this.disposables.push(
      this.panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
      this.panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.follow(editor.document)),
      // Saving changes no text (the event says the document is no longer dirty): nothing to render again.
      vscode.workspace.onDidChangeTextDocument(
        ({ document: changed, contentChanges }) =>
          changed === this.document && contentChanges.length > 0 && this.renders.schedule(),
      ),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.loadShell()),
      vscode.workspace.onDidChangeConfiguration(
        (event) => event.affectsConfiguration(REMOTE_CONTENT_SETTING) && this.loadShell(),
      ),
      vscode.languages.onDidChangeDiagnostics(
        ({ uris }) => uris.some((uri) => uri.toString() === this.document.uri.toString()) && this.sendProblems(),
      ),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor, visibleRanges }) =>
        this.onEditorScroll(textEditor, visibleRanges),
      ),
    );
  }

  /** Shows `document`, or keeps showing the current one; brings the panel forward without taking focus. */
  show(document: vscode.TextDocument): void {
    this.panel.reveal(undefined, true);
    this.follow(document);
  }

  private follow(document: vscode.TextDocument): void {
    if (document.languageId !== 'markdown' || document === this.document) return;
    this.document = document;
    this.panel.title = this.title();
    this.showNothingYet();
    this.renders.schedule();
  }

  /**
   * The last post's page goes with its name: an empty page says the new post is on its way until its render comes. It
   * keeps its stylesheets: another post of the same site has the same ones.
   */
  private showNothingYet(): void {
    this.shown = this.shown && { stylesKey: this.shown.stylesKey, blockKeys: [] };
    void this.post({ type: 'document', uri: this.document.uri.toString() });
    void this.post({
      type: 'render',
      chrome: EMPTY_CHROME,
      blocks: [],
      notes: [vscode.l10n.t('Rendering {0}…', Utils.basename(this.document.uri))],
    });
  }

  /** A fresh page, whose policy lets remote stylesheets load or not; it asks for a whole render once loaded. */
  private loadShell(): void {
    const webview = this.panel.webview;
    const asset = (name: string) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', name)).toString();
    webview.html = previewShell(webview, {
      script: asset('preview.js'),
      style: asset('preview.css'),
      mathScript: asset('math.js'),
      mathStyle: asset('math.css'),
      labels: {
        hideNotes: vscode.l10n.t('Hide these notes'),
        stylesLoading: vscode.l10n.t("Loading the site's styles…"),
        kept: vscode.l10n.t('As last rendered; updating…'),
      },
      remoteContent: remoteContentAllowed(),
    });
  }

  /** Starts over with an empty page (a fresh webview), which keeps the post it shows for a reload of the window. */
  private reload(): void {
    this.shown = undefined;
    void this.post({ type: 'document', uri: this.document.uri.toString() });
    void this.showKept(this.document).finally(() => this.renders.schedule());
  }

  /** The page kept of `document` as it is now, shown at once unless a render was shown first. */
  private async showKept(document: vscode.TextDocument): Promise<void> {
    const { version } = document;
    const page = await this.kept?.pages.find(
      document.uri.toString(),
      document.getText(),
      this.context(this.params(document)),
    );
    if (!page || this.shown || document !== this.document || document.version !== version) return;
    this.page.add(page);
    await this.showPage(document, page, true);
  }

  /** One render of `document`, shown while its turn lasts; true when the rest of the post is to come. */
  private async render(document: vscode.TextDocument, turn: RenderTurn): Promise<boolean> {
    const cancellation = new vscode.CancellationTokenSource();
    turn.signal.addEventListener('abort', () => cancellation.cancel());
    try {
      const params = this.params(document);
      const result = await this.client.sendRequest<RenderResult | Failure>(RENDER_METHOD, params, cancellation.token);
      if (!turn.isCurrent()) return false;
      // A render stopped at its deadline or memory, or a file the server may not read: the server says why.
      if (isFailure(result)) {
        await this.post({ type: 'notes', notes: [result.error] });
        return false;
      }
      // Kept as it goes to the webview: the next panel's lookup waits for it.
      const page = this.page.add(result);
      if (page && result.complete && !result.stylesLoading && result.version === document.version)
        void this.kept?.pages.keep(document.uri.toString(), document.getText(), this.context(params), page);
      await this.showPage(document, result, false);
      // The page shows its first screen; the rest of a long post comes with the next render.
      return !result.complete;
    } catch (error) {
      if (!turn.isCurrent()) return false;
      await this.post({
        type: 'notes',
        notes: [
          vscode.l10n.t(
            'The preview could not be rendered: {0}',
            error instanceof Error ? error.message : String(error),
          ),
        ],
      });
      return false;
    } finally {
      cancellation.dispose();
    }
  }

  /** Sends the webview a render, a fresh one or the `kept` page of an earlier session. */
  private async showPage(
    document: vscode.TextDocument,
    result: RenderResult | WholePage,
    kept: boolean,
  ): Promise<void> {
    this.shown = shownAfter(result);
    this.stylesLoading = result.stylesLoading === true;
    const line = result.chrome ? this.editorFor(document)?.visibleRanges[0]?.start.line : undefined;
    await this.post({
      type: 'render',
      blocks: result.blocks,
      chrome: result.chrome,
      styles: result.styles,
      stylesLoading: this.stylesLoading,
      kept,
      notes: result.notes,
      jekyll: result.jekyll,
      line,
    });
    const shown = { uri: document.uri.toString(), theme: result.theme, notes: result.notes };
    this.rendered.fire({ ...shown, stylesLoading: this.stylesLoading, kept });
    this.sendProblems();
  }

  /** What a page rendered with `params` depends on besides the post's text. */
  private context({ trusted, remoteContent, resourceRoots }: RenderParams): PageContext {
    const extensionVersion = this.kept?.extensionVersion ?? '';
    return { extensionVersion, language: vscode.env.language, trusted, remoteContent, resourceRoots };
  }

  /** The site's stylesheets were built: a page that shows them loading gets them (the render brings only them). */
  siteStylesReady(): void {
    if (this.stylesLoading) this.renders.schedule();
  }

  private params(document: vscode.TextDocument): RenderParams {
    const webview = this.panel.webview;
    return {
      uri: document.uri.toString(),
      trusted: vscode.workspace.isTrusted,
      remoteContent: remoteContentAllowed(),
      resourceRoots: (vscode.workspace.workspaceFolders ?? []).map((folder) => ({
        path: folder.uri.fsPath,
        webviewUri: webview.asWebviewUri(folder.uri).toString(),
      })),
      shown: this.shown,
      viewLine: this.shown?.blockKeys.length
        ? undefined
        : (this.editorFor(document)?.visibleRanges[0]?.start.line ?? 0),
    };
  }

  private sendProblems(): void {
    const problems: PreviewProblem[] = vscode.languages
      .getDiagnostics(this.document.uri)
      .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE)
      .map((diagnostic) => ({
        line: diagnostic.range.start.line,
        severity: severityName(diagnostic.severity),
        message: diagnostic.message,
      }));
    void this.post({ type: 'problems', problems });
  }

  private onMessage(message: FromWebview): void {
    if (message.type === 'ready') this.reload();
    else if (message.type === 'revealLine') this.scrollEditor(message.line);
    else if (message.type === 'selectLine') void this.selectLine(message.line);
    else if (message.type === 'openLink') openExternal(message.href);
  }

  private scrollEditor(line: number): void {
    const editor = this.editorFor(this.document);
    if (!editor) return;
    this.ignoreEditorScrollUntil = Date.now() + ECHO_MS;
    editor.revealRange(new vscode.Range(line, 0, line, 0), vscode.TextEditorRevealType.AtTop);
  }

  private async selectLine(line: number): Promise<void> {
    const column = this.editorFor(this.document)?.viewColumn ?? vscode.ViewColumn.One;
    const position = new vscode.Position(line, 0);
    const editor = await vscode.window.showTextDocument(this.document, {
      viewColumn: column,
      selection: new vscode.Range(position, position),
    });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private onEditorScroll(editor: vscode.TextEditor, ranges: readonly vscode.Range[]): void {
    if (editor.document !== this.document || !ranges.length || Date.now() < this.ignoreEditorScrollUntil) return;
    void this.post({ type: 'scrollToLine', line: ranges[0].start.line });
  }

  private editorFor(document: vscode.TextDocument): vscode.TextEditor | undefined {
    return vscode.window.visibleTextEditors.find((editor) => editor.document === document);
  }

  private async post(message: ToWebview): Promise<void> {
    if (!this.disposed) await this.panel.webview.postMessage(message);
  }

  private title(): string {
    return vscode.l10n.t('Preview {0}', Utils.basename(this.document.uri));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.renders.dispose();
    this.rendered.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}

/** Remote stylesheets and fonts: by default, never in an untrusted workspace. */
function remoteContentAllowed(): boolean {
  return vscode.workspace.isTrusted && vscode.workspace.getConfiguration().get<boolean>(REMOTE_CONTENT_SETTING, true);
}

/** Links open in the browser, and only http(s) ones. */
function openExternal(href: string): void {
  const uri = vscode.Uri.parse(href, true);
  if (uri.scheme === 'http' || uri.scheme === 'https') void vscode.env.openExternal(uri);
}

function severityName(severity: vscode.DiagnosticSeverity): PreviewProblem['severity'] {
  return (['error', 'warning', 'information', 'hint'] as const)[severity];
}
