import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ProgressType,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
} from 'vscode-languageserver-protocol/node';
import { ENGLISH_ENV, REPO } from '../helpers';

export const SERVER = join(REPO, 'dist/server.js');

/** A language client over stdio to `dist/server.js --stdio`, the way any editor starts it. */
/**
 * How long a wait for what the server sends gives up after: only a server that never sends it fails the test, so it is
 * far above what any takes on a loaded machine (the waits end as soon as it comes).
 */
const EVENT_WAIT_MS = 60_000;

export class LspClient {
  readonly connection: ProtocolConnection;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private readonly waiters: {
    uri: string;
    accept: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  private readonly diagnosticsListeners: ((p: PublishDiagnosticsParams) => void)[] = [];
  stderr = '';
  initializeResult?: InitializeResult;
  /** Capabilities the server registered dynamically. */
  readonly registrations: Registration[] = [];
  /** Titles of the server's work-done progress, by token, and how many ended per title. */
  private readonly progressTitles = new Map<string, string>();
  private readonly endedProgress = new Map<string, number>();
  private readonly progressWaiters: { title: string; count: number; resolve: () => void }[] = [];

  private constructor(readonly process: ChildProcess) {
    this.connection = createProtocolConnection(
      new StreamMessageReader(process.stdout!),
      new StreamMessageWriter(process.stdin!),
    );
    process.stderr!.on('data', (chunk) => {
      this.stderr += chunk;
    });
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.diagnostics.set(params.uri, params);
      for (const listener of this.diagnosticsListeners) listener(params);
      for (const waiter of [...this.waiters]) {
        if (waiter.uri === params.uri && waiter.accept(params)) {
          this.waiters.splice(this.waiters.indexOf(waiter), 1);
          waiter.resolve(params);
        }
      }
    });
    this.listenToProgressAndRegistrations();
    this.connection.listen();
  }

  private listenToProgressAndRegistrations(): void {
    this.connection.onRequest(RegistrationRequest.type, ({ registrations }) => {
      this.registrations.push(...registrations);
    });
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      this.connection.onProgress(
        new ProgressType<WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd>(),
        token,
        (value) => {
          if (value.kind === 'begin') this.progressTitles.set(String(token), value.title);
          if (value.kind !== 'end') return;
          const title = this.progressTitles.get(String(token)) ?? '';
          this.endedProgress.set(title, (this.endedProgress.get(title) ?? 0) + 1);
          for (const waiter of this.progressWaiters.filter(
            (w) => w.title === title && w.count <= this.endedProgress.get(title)!,
          )) {
            this.progressWaiters.splice(this.progressWaiters.indexOf(waiter), 1);
            waiter.resolve();
          }
        },
      );
    });
  }

  /** Resolves once `count` work-done progresses with this title have ended (the server's own, e.g. indexing). */
  waitForProgressEnd(title: string, count = 1, timeoutMs = EVENT_WAIT_MS): Promise<void> {
    if ((this.endedProgress.get(title) ?? 0) >= count) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`progress "${title}" did not end ${count} times within ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.progressWaiters.push({
        title,
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  /** `nodeArgs` go to node before the server script (e.g. a heap limit). */
  static async start(
    options: {
      rootPath?: string;
      capabilities?: ClientCapabilities;
      settings?: unknown;
      locale?: string;
      nodeArgs?: string[];
      initializationOptions?: unknown;
      /** The server's script: this build's by default (a bench may race another build's). */
      server?: string;
    } = {},
  ): Promise<LspClient> {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), options.server ?? SERVER, '--stdio'], {
      stdio: 'pipe',
      env: ENGLISH_ENV,
    });
    const client = new LspClient(child);
    if (options.settings !== undefined) {
      client.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) =>
        params.items.map(() => options.settings),
      );
    }
    const rootUri = options.rootPath ? pathToFileURL(options.rootPath).href : null;
    client.initializeResult = await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      locale: options.locale,
      initializationOptions: options.initializationOptions,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'root' }] : null,
      capabilities: options.capabilities ?? {
        workspace: {
          configuration: options.settings !== undefined,
          workspaceEdit: { documentChanges: true, resourceOperations: ['rename'] },
        },
      },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
  }

  async change(uri: string, text: string, version: number): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** Hears every diagnostics the server publishes, in order. */
  onDiagnostics(listener: (p: PublishDiagnosticsParams) => void): void {
    this.diagnosticsListeners.push(listener);
  }

  /** The next diagnostics for the uri that satisfy `accept` (by default: any), failing after a timeout. */
  waitForDiagnostics(
    uri: string,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = EVENT_WAIT_MS,
  ): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        uri,
        accept,
        resolve: (params) => {
          clearTimeout(timer);
          resolve(params);
        },
      });
    });
  }

  /**
   * The diagnostics last published for the uri when they satisfy `accept`, else the next that do: for what may have
   * come before the wait began (a post listed as the server starts).
   */
  publishedDiagnostics(
    uri: string,
    accept: (p: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs = EVENT_WAIT_MS,
  ): Promise<PublishDiagnosticsParams> {
    const latest = this.diagnostics.get(uri);
    return latest && accept(latest) ? Promise.resolve(latest) : this.waitForDiagnostics(uri, accept, timeoutMs);
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } finally {
      this.connection.dispose();
      if (this.process.exitCode === null)
        await new Promise((resolve) => {
          this.process.once('exit', resolve);
          setTimeout(resolve, 2000).unref();
        });
      this.process.kill();
    }
  }
}
