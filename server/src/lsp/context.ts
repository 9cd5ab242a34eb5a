import type { ClientCapabilities, Connection, InitializeParams, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Analyzer, type Analysis } from './analysis';
import { SettingsCache } from './settings';

/** What every feature of the server shares: the connection, the open documents and their analyses. */
export class ServerContext {
  readonly settings: SettingsCache;
  workspaceFolders: string[] = [];
  canRenameFiles = false;
  clientCapabilities: ClientCapabilities = {};
  private readonly analyzer = new Analyzer(() => this.workspaceFolders);
  private readonly settingsListeners: (() => void)[] = [];

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
  ) {
    this.settings = new SettingsCache(connection);
  }

  initialize(params: InitializeParams): void {
    const capabilities = params.capabilities;
    this.clientCapabilities = capabilities;
    this.settings.supportsConfiguration = !!capabilities.workspace?.configuration;
    this.canRenameFiles = !!capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('rename');
    this.workspaceFolders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (!this.workspaceFolders.length && params.rootUri) this.workspaceFolders = [params.rootUri];
  }

  /** The document's analysis for its current version; undefined if it could not be made (the error is logged). */
  async analysisOf(document: TextDocument): Promise<Analysis | undefined> {
    try {
      const settings = await this.settings.get(document.uri);
      const current = this.documents.get(document.uri) ?? document;
      return this.analyzer.analyze(current, settings);
    } catch (error) {
      this.logError(`analysis of ${document.uri}`, error);
      return undefined;
    }
  }

  forget(uri: string): void {
    this.analyzer.forget(uri);
    this.settings.forget(uri);
  }

  onSettingsChanged(listener: () => void): void {
    this.settingsListeners.push(listener);
  }

  settingsChanged(): void {
    this.settings.forget();
    for (const listener of this.settingsListeners) listener();
  }

  logError(what: string, error: unknown): void {
    this.connection.console.error(`paper-digest: ${what} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
}
