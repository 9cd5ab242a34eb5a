import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { DocumentStatusRequest, type DocumentStatus } from '../../../server/src/protocol';

/** Set for the active editor when it shows a digest post: the authoring commands and menus use it. */
const IS_DIGEST_CONTEXT = 'paperDigest.isDigest';
const REFRESH_DELAY_MS = 300;
const NOT_A_DIGEST: DocumentStatus = { isDigest: false };

/**
 * Which markdown documents the language server treats as digests, asked per document version.
 * Keeps the `paperDigest.isDigest` context key in step with the active editor as the author types.
 */
export class DigestDocuments implements vscode.Disposable {
  private readonly statuses = new Map<string, { version: number; status: Promise<DocumentStatus> }>();
  private readonly lastKnown = new Map<string, boolean>();
  private readonly subscriptions: vscode.Disposable[];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly client: BaseLanguageClient) {
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshActive(0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.refreshActive(REFRESH_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.statuses.delete(document.uri.toString());
        this.lastKnown.delete(document.uri.toString());
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('paperDigest')) return;
        this.statuses.clear();
        this.refreshActive(REFRESH_DELAY_MS);
      }),
    ];
    this.refreshActive(0);
  }

  /** What the language server says of this version of the document. */
  status(document: vscode.TextDocument): Promise<DocumentStatus> {
    if (document.languageId !== 'markdown') return Promise.resolve(NOT_A_DIGEST);
    const key = document.uri.toString();
    const cached = this.statuses.get(key);
    if (cached?.version === document.version) return cached.status;
    const status = this.client.sendRequest(DocumentStatusRequest, { textDocument: { uri: key } }).then(
      (answer) => {
        this.lastKnown.set(key, answer.isDigest);
        return answer;
      },
      () => NOT_A_DIGEST,
    );
    this.statuses.set(key, { version: document.version, status });
    return status;
  }

  /** The last answer for the document, whatever its version; for decisions that cannot wait. */
  wasDigest(document: vscode.TextDocument): boolean {
    return this.lastKnown.get(document.uri.toString()) ?? false;
  }

  dispose(): void {
    clearTimeout(this.refreshTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private refreshActive(delay: number): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(async () => {
      const document = vscode.window.activeTextEditor?.document;
      const { isDigest } = document ? await this.status(document) : NOT_A_DIGEST;
      if (document === vscode.window.activeTextEditor?.document)
        await vscode.commands.executeCommand('setContext', IS_DIGEST_CONTEXT, isDigest);
    }, delay);
  }
}
