import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { LogMessageNotification, MessageType } from 'vscode-languageserver-protocol/node';
import { ENGLISH_ENV } from '../helpers';
import { SERVER, type LspClient } from './lspClient';

export interface RawMessage {
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string };
}

/** `dist/server.js --stdio` spoken to byte by byte: for frames no well-behaved client library would write. */
export class RawServer {
  readonly messages: RawMessage[] = [];
  private pending = Buffer.alloc(0);
  private readonly waiters: { accept: (message: RawMessage) => boolean; resolve: (message: RawMessage) => void }[] = [];
  private nextId = 1000;

  private constructor(readonly process: ChildProcess) {
    process.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
  }

  static start(args: string[] = []): RawServer {
    return new RawServer(
      spawn(globalThis.process.execPath, [SERVER, '--stdio', ...args], { stdio: 'pipe', env: ENGLISH_ENV }),
    );
  }

  /** Initializes the server as a client with `processId` would. */
  async initialize(processId: number | null = globalThis.process.pid): Promise<void> {
    await this.request('initialize', { processId, rootUri: null, capabilities: {} });
    this.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  }

  write(bytes: string): void {
    this.process.stdin!.write(bytes);
  }

  send(message: object | string): void {
    const body = typeof message === 'string' ? message : JSON.stringify(message);
    this.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  /** Sends a request and resolves with its response, whatever it is; rejects when none comes within the hang guard. */
  request(method: string, params: unknown, id: number | string = this.nextId++): Promise<RawMessage> {
    const answered = this.next((message) => message.id === id && !message.method);
    this.send({ jsonrpc: '2.0', id, method, params });
    return answered;
  }

  next(accept: (message: RawMessage) => boolean, timeoutMs = 10_000): Promise<RawMessage> {
    const seen = this.messages.find(accept);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no such message within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({
        accept,
        resolve: (message) => {
          clearTimeout(timer);
          resolve(message);
        },
      });
    });
  }

  /** Resolves with the exit code once the process is gone; rejects when it is still running after the hang guard. */
  exited(timeoutMs = 15_000): Promise<number | null> {
    if (this.process.exitCode !== null || this.process.signalCode !== null)
      return Promise.resolve(this.process.exitCode);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server is still running after ${timeoutMs} ms`)), timeoutMs);
      this.process.once('exit', (code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
  }

  private read(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    for (;;) {
      const headerEnd = this.pending.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.pending.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.pending.length < headerEnd + 4 + length) return;
      const message = JSON.parse(
        this.pending.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'),
      ) as RawMessage;
      this.pending = this.pending.subarray(headerEnd + 4 + length);
      this.messages.push(message);
      for (const waiter of this.waiters.filter((w) => w.accept(message))) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      }
    }
  }
}

/** Every process descending from `pid` (Linux /proc), so a test can check none outlives the server. */
export function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while the table was read
    }
  }
  const children = (parent: number): number[] =>
    [...parents].filter(([, ppid]) => ppid === parent).flatMap(([child]) => [child, ...children(child)]);
  return children(pid);
}

export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The resident memory of a process in bytes (Linux /proc). */
export function residentBytes(pid: number): number {
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
}

/** The error messages the server logs to the client from now on (a handler that failed logs one). */
export function errorLogsOf(client: LspClient): string[] {
  const errors: string[] = [];
  client.connection.onNotification(LogMessageNotification.type, ({ type, message }) => {
    if (type === MessageType.Error) errors.push(message);
  });
  return errors;
}
