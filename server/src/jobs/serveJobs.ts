// The worker's side of a JobPool: runs each job it is handed with the handler of its kind and answers with the value
// or the error's message. Messages without an id are notifications: handled, never answered. Where the worker cannot
// read the files a job needs, its reads go to the thread that started it (`relayedFileSystem`). No Node.js here: the
// same code serves a Node worker thread (nodeJobPort.ts) and a browser's Web Worker (lsp/browser/webJobs.ts).
import type { FileSystem } from '../core/fileSystem';
import type { JobKinds } from './jobPool';

export interface WorkerSetup {
  /**
   * How many steps of niceness below the thread that starts it the worker's thread runs (Linux gives each thread its
   * own): 10 lower, when both want the CPU, the thread that routes messages gets nine tenths of it.
   */
  lowerPriorityBy?: number;
  /** The locale of the messages the jobs write. */
  locale?: string;
  /** A job (with no input) run before the worker says it is ready: loading what every job will need. */
  warmUp?: string;
  /** The worker reads the workspace through the thread that started it (a virtual folder), not itself. */
  relayFiles?: boolean;
  /** Where the worker keeps V8's compiled code for the bundles it loads, and under what use (see codeCache.ts). */
  codeCache?: { folder: string; use: string };
}

/** What a worker says once it serves jobs (deadlines count from then, not from its start), with its thread's id. */
export interface Ready {
  ready: true;
  /** The operating system's id of the worker's thread (Linux), by which its priority can be lowered from outside. */
  threadId?: number;
}

export interface JobRequest {
  /** Absent for a notification. */
  id?: number;
  kind: string;
  input: unknown;
}

export interface JobReply {
  id: number;
  value?: unknown;
  /** The message of what the handler threw. */
  error?: string;
}

/** A read the worker asks of the thread that started it, with the same name and argument as on FileSystem. */
export interface FileRequest {
  fileRequest: number;
  method: keyof FileSystem;
  path: string;
}

/** The reads a job asked for at once (a site's files), in one message: the thread that reads them reads them at once. */
export interface FileRequests {
  fileRequests: FileRequest[];
}

export interface FileReply {
  fileReply: number;
  value?: unknown;
  error?: string;
}

/** What the worker sends, and what it is sent. */
export type WorkerMessage = Ready | JobReply | FileRequests;
export type PoolMessage = JobRequest | FileReply;

/** The worker's end of its channel to the thread that started it. */
export interface JobPort {
  setup: WorkerSetup;
  post(message: WorkerMessage): void;
  listen(listener: (message: PoolMessage) => void): void;
  /** What the worker adds to its Ready (its thread's id). */
  ready?(): Omit<Ready, 'ready'>;
}

/**
 * Serves the pool through `port` with the handlers `handlersFor` makes, given the file system that relays reads to
 * the thread that started the worker. Returns the setup the pool gave the worker.
 */
export function serveJobs(
  port: JobPort,
  handlersFor: (relayed: FileSystem, setup: WorkerSetup) => JobKinds,
): WorkerSetup {
  const relay = new FileRelay(port);
  const handlers = handlersFor(relay.files, port.setup);
  port.listen(async (message) => {
    if ('fileReply' in message) return relay.settle(message);
    const { id, kind, input } = message;
    let reply: JobReply;
    try {
      const handler = handlers[kind] as ((input: unknown) => unknown) | undefined;
      if (!handler) throw new Error(`no job of kind ${kind}`);
      reply = { id: id ?? 0, value: await handler(input) };
    } catch (error) {
      reply = { id: id ?? 0, error: error instanceof Error ? error.message : String(error) };
    }
    if (id !== undefined) port.post(reply);
  });
  const ready = () => port.post({ ready: true, ...port.ready?.() });
  const { warmUp } = port.setup;
  const warmedUp = warmUp ? (handlers[warmUp] as (input: undefined) => unknown)(undefined) : undefined;
  // A warm-up that fails leaves the work to the jobs, which then fail with its error.
  void Promise.resolve(warmedUp).then(ready, ready);
  return port.setup;
}

/**
 * A file system whose reads are made by the thread that started the worker, and answered through the port; the reads
 * asked for within one turn go in one message.
 */
class FileRelay {
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private requests = 0;
  private unsent: FileRequest[] = [];

  constructor(private readonly port: JobPort) {}

  readonly files: FileSystem = {
    stat: (path) => this.ask('stat', path),
    readFile: (path) => this.ask('readFile', path),
    readDirectory: (path) => this.ask('readDirectory', path),
    realPath: (path) => this.ask('realPath', path),
  };

  settle({ fileReply, value, error }: FileReply): void {
    const request = this.waiting.get(fileReply);
    this.waiting.delete(fileReply);
    if (error === undefined) request?.resolve(value);
    else request?.reject(new Error(error));
  }

  private ask<T>(method: keyof FileSystem, path: string): Promise<T> {
    const fileRequest = ++this.requests;
    return new Promise((resolve, reject) => {
      this.waiting.set(fileRequest, { resolve: resolve as (value: unknown) => void, reject });
      if (!this.unsent.length) queueMicrotask(() => this.port.post({ fileRequests: this.unsent.splice(0) }));
      this.unsent.push({ fileRequest, method, path });
    });
  }
}
