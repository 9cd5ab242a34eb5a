import { Transform, type TransformCallback } from 'node:stream';
import { format } from 'node:util';
import { createConnection, ProposedFeatures, type Connection } from 'vscode-languageserver/node';

/**
 * The connection for `--stdio`: the client's frames through FrameResync, and console output sent to the client as log
 * messages (the library does that itself only when it opens stdio on its own; stdout carries the protocol).
 */
export function stdioConnection(): Connection {
  const connection = createConnection(ProposedFeatures.all, process.stdin.pipe(new FrameResync()), process.stdout);
  const toClient = (log: (message: string) => void) => (...args: unknown[]) => log(format(...args));
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
 * The client's byte stream with malformed frame headers (no `Content-Length`, a line that is not `Name: value`) dropped,
 * up to the next `Content-Length:`. The JSON-RPC reader never resynchronises by itself: after one such header every
 * later frame is read off by one, and the server would sit deaf until the client gives up.
 */
export class FrameResync extends Transform {
  private pending = Buffer.alloc(0);

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    this.forwardFrames();
    done();
  }

  private forwardFrames(): void {
    for (;;) {
      const headerEnd = this.pending.indexOf(HEADER_END);
      if (headerEnd < 0) {
        if (this.pending.length > MAX_HEADER) this.skipToNextFrame();
        return;
      }
      const length = contentLength(this.pending.subarray(0, headerEnd).toString('ascii'));
      if (length === undefined) {
        this.skipToNextFrame();
        continue;
      }
      const end = headerEnd + HEADER_END.length + length;
      if (this.pending.length < end) return;
      this.push(this.pending.subarray(0, end));
      this.pending = this.pending.subarray(end);
    }
  }

  /** Drops bytes up to the next frame start; keeps a tail that may be the beginning of one. */
  private skipToNextFrame(): void {
    const next = this.pending.indexOf(FRAME_START, 1);
    this.pending = next >= 0 ? this.pending.subarray(next) : this.pending.subarray(Math.max(1, this.pending.length - FRAME_START.length + 1));
  }
}

/** The body length a header announces, or undefined when the header is not `Name: value` lines with one Content-Length. */
function contentLength(header: string): number | undefined {
  const lines = header.split('\r\n');
  if (!lines.every((line) => /^[A-Za-z][A-Za-z0-9-]*: ?\S.*$/.test(line))) return undefined;
  const lengths = lines.filter((line) => /^Content-Length:/i.test(line)).map((line) => /^Content-Length: ?(\d+)$/i.exec(line)?.[1]);
  return lengths.length === 1 && lengths[0] !== undefined ? Number(lengths[0]) : undefined;
}
