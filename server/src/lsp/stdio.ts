import { Transform, type TransformCallback } from 'node:stream';
import { format } from 'node:util';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';

/**
 * The connection for `--stdio`, the transport of other editors (Neovim, the tests).
 * VS Code starts the server with TransportKind.ipc instead: there Node's IPC channel carries whole JSON messages, one per
 * line, written only by our own client in the extension host, so there are no frame headers to get wrong; a message
 * is as large as the document it carries, which `paperDigest.maxFileSize` bounds once it has arrived.
 * Here the client's frames go through FrameResync, and console output is sent to the client as log messages (the
 * library does that itself only when it opens stdio on its own; stdout carries the protocol).
 */
export function stdioConnection(): Connection {
  const connection = createConnection(ProposedFeatures.all, process.stdin.pipe(new FrameResync()), process.stdout);
  const toClient =
    (log: (message: string) => void) =>
    (...args: unknown[]) =>
      log(format(...args));
  console.log = console.info = console.debug = console.trace = toClient((message) => connection.console.log(message));
  console.warn = toClient((message) => connection.console.warn(message));
  console.error = toClient((message) => connection.console.error(message));
  return connection;
}

const HEADER_END = Buffer.from('\r\n\r\n');
const FRAME_START = Buffer.from('Content-Length:');
/** Headers are a line or two; anything longer without an end is garbage to skip. */
const MAX_HEADER = 1024;
/**
 * The largest body a frame may announce: a didOpen of a post at `paperDigest.maxFileSize` (2 million characters, up to
 * 6 MB as UTF-8 and escaped JSON) fits ten times over. A larger announcement is a broken client's, and waiting for its
 * body would hold everything that follows (and the memory of it) until the client gives up.
 */
export const MAX_FRAME_BYTES = 64 * 2 ** 20;

/**
 * The client's byte stream with malformed frame headers (no `Content-Length`, a line that is not `Name: value`, a body
 * over MAX_FRAME_BYTES) dropped, up to the next `Content-Length:`. The JSON-RPC reader never resynchronises by itself:
 * after one such header every later frame is read off by one, and the server would sit deaf until the client gives up.
 */
export class FrameResync extends Transform {
  /** Bytes received and not yet forwarded, in the chunks they came in: a large frame is joined once, when complete. */
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The end of the frame whose header was read, while its body is still arriving. */
  private frameEnd?: number;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    if (this.frameEnd === undefined || this.buffered >= this.frameEnd) this.forwardFrames();
    done();
  }

  private forwardFrames(): void {
    let pending = this.joined();
    for (;;) {
      const headerEnd = pending.indexOf(HEADER_END);
      if (headerEnd < 0) {
        if (pending.length > MAX_HEADER) pending = skipToNextFrame(pending);
        break;
      }
      const length = contentLength(pending.subarray(0, headerEnd).toString('ascii'));
      if (length === undefined || length > MAX_FRAME_BYTES) {
        pending = skipToNextFrame(pending);
        continue;
      }
      const end = headerEnd + HEADER_END.length + length;
      if (pending.length < end) {
        this.frameEnd = end;
        break;
      }
      this.frameEnd = undefined;
      this.push(pending.subarray(0, end));
      pending = pending.subarray(end);
    }
    this.chunks = pending.length ? [pending] : [];
    this.buffered = pending.length;
  }

  private joined(): Buffer {
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.buffered);
  }
}

/** Drops bytes up to the next frame start; keeps a tail that may be the beginning of one. */
function skipToNextFrame(pending: Buffer): Buffer {
  const next = pending.indexOf(FRAME_START, 1);
  return next >= 0 ? pending.subarray(next) : pending.subarray(Math.max(1, pending.length - FRAME_START.length + 1));
}

/** The body length a header announces, or undefined when the header is not `Name: value` lines with one Content-Length. */
function contentLength(header: string): number | undefined {
  const lines = header.split('\r\n');
  if (!lines.every((line) => /^[A-Za-z][A-Za-z0-9-]*: ?\S.*$/.test(line))) return undefined;
  const lengths = lines
    .filter((line) => /^Content-Length:/i.test(line))
    .map((line) => /^Content-Length: ?(\d+)$/i.exec(line)?.[1]);
  return lengths.length === 1 && lengths[0] !== undefined ? Number(lengths[0]) : undefined;
}
