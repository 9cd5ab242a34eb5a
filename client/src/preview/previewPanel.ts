// The preview beside the editor: one webview that follows the active markdown editor, re-renders as you type
// (debounced, one request at a time), and keeps the editor and the preview scrolled together.
import { basename } from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { DIAGNOSTIC_SOURCE, RENDER_METHOD, type FromWebview, type PreviewProblem, type RenderParams, type RenderResult, type ToWebview } from '../../../server/src/protocol';
import { previewShell } from './webviewHtml';

const RENDER_DELAY_MS = 150;
/** After the preview scrolls the editor, the editor's own scroll events are its echo, not the user. */
const ECHO_MS = 300;

export class PreviewPanel implements vscode.Disposable {
  private readonly panel: vscode.WebviewPanel;
  private readonly disposables: vscode.Disposable[] = [];
  private document: vscode.TextDocument;
  private chromeKey: string | undefined;
  private timer: NodeJS.Timeout | undefined;
  private rendering = false;
  private renderAgain = false;
  private ignoreEditorScrollUntil = 0;
  private disposed = false;

  constructor(
    private readonly client: LanguageClient,
    document: vscode.TextDocument,
    extensionUri: vscode.Uri,
    onDispose: () => void,
  ) {
    this.document = document;
    this.panel = vscode.window.createWebviewPanel(
      'paperDigest.preview',
      this.title(),
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [...(vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri), extensionUri] },
    );
    this.panel.webview.html = previewShell(this.panel.webview, { outline: vscode.l10n.t('Outline'), untitled: vscode.l10n.t('(untitled)') });
    this.disposables.push(
      this.panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
      this.panel.webview.onDidReceiveMessage((message: FromWebview) => this.onMessage(message)),
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.follow(editor.document)),
      vscode.workspace.onDidChangeTextDocument(({ document: changed }) => changed === this.document && this.scheduleRender()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reload()),
      vscode.languages.onDidChangeDiagnostics(({ uris }) => uris.some((uri) => uri.toString() === this.document.uri.toString()) && this.sendProblems()),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor, visibleRanges }) => this.onEditorScroll(textEditor, visibleRanges)),
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
    this.reload();
  }

  /** Starts over with the chrome (a fresh webview, another document, new trust). */
  private reload(): void {
    this.chromeKey = undefined;
    this.scheduleRender(0);
  }

  private scheduleRender(delay = RENDER_DELAY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), delay);
  }

  private async render(): Promise<void> {
    if (this.rendering) {
      this.renderAgain = true;
      return;
    }
    this.rendering = true;
    try {
      const document = this.document;
      const result = await this.client.sendRequest<RenderResult>(RENDER_METHOD, this.params(document));
      if (document !== this.document) return;
      if (result.chrome) this.chromeKey = result.chromeKey;
      const line = result.chrome ? this.editorFor(document)?.visibleRanges[0]?.start.line : undefined;
      await this.post({ type: 'render', content: result.content, chrome: result.chrome, notes: result.notes, line });
      this.sendProblems();
    } catch (error) {
      await this.post({ type: 'render', content: '', notes: [vscode.l10n.t('The preview could not be rendered: {0}', error instanceof Error ? error.message : String(error))] });
    } finally {
      this.rendering = false;
      if (this.renderAgain) {
        this.renderAgain = false;
        this.scheduleRender(0);
      }
    }
  }

  private params(document: vscode.TextDocument): RenderParams {
    const webview = this.panel.webview;
    return {
      uri: document.uri.toString(),
      trusted: vscode.workspace.isTrusted,
      resourceRoots: (vscode.workspace.workspaceFolders ?? []).map((folder) => ({ path: folder.uri.fsPath, webviewUri: webview.asWebviewUri(folder.uri).toString() })),
      chromeKey: this.chromeKey,
    };
  }

  private sendProblems(): void {
    const problems: PreviewProblem[] = vscode.languages
      .getDiagnostics(this.document.uri)
      .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE)
      .map((diagnostic) => ({ line: diagnostic.range.start.line, severity: severityName(diagnostic.severity), message: diagnostic.message }));
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
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: column, selection: new vscode.Range(position, position) });
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
    return vscode.l10n.t('Preview {0}', basename(this.document.uri.path));
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
    this.panel.dispose();
  }
}

/** Links open in the browser, and only http(s) ones. */
function openExternal(href: string): void {
  const uri = vscode.Uri.parse(href, true);
  if (uri.scheme === 'http' || uri.scheme === 'https') void vscode.env.openExternal(uri);
}

function severityName(severity: vscode.DiagnosticSeverity): PreviewProblem['severity'] {
  return (['error', 'warning', 'information', 'hint'] as const)[severity];
}
