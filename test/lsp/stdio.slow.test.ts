// FrameResync passes well-formed frames through byte for byte, however the stream is cut into chunks, and drops
// malformed headers and noise between frames. Bounds: 300 streams of up to 6 frames, cut into up to 20 chunks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import '../properties/seed';
import { FrameResync, MAX_FRAME_BYTES } from '../../server/src/lsp/stdio';

const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** Noise a broken client might write between frames; none of it holds a `Content-Length:` header. */
const noise = fc.oneof(
  fc.constantFrom(
    'Content-Type: x\r\n\r\n{}',
    'Content-Length: many\r\n\r\n',
    'Content-Length 2\r\n\r\n{}',
    '\r\n',
    'garbage \u0000\u00ff',
  ),
  fc.string({ unit: 'binary-ascii', maxLength: 40 }).filter((text) => !/Content-Length:/i.test(text)),
);

async function passThrough(chunks: Buffer[]): Promise<string> {
  const resync = new FrameResync();
  const out: Buffer[] = [];
  resync.on('data', (chunk: Buffer) => out.push(chunk));
  for (const chunk of chunks) resync.write(chunk);
  resync.end();
  await new Promise((resolve) => resync.on('end', resolve));
  return Buffer.concat(out).toString('utf8');
}

function cut(bytes: Buffer, points: number[]): Buffer[] {
  const sorted = [...new Set(points.map((point) => point % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...sorted].map((start, i) => bytes.subarray(start, sorted[i] ?? bytes.length));
}

describe('FrameResync', () => {
  it(
    'forwards exactly the well-formed frames, wherever the chunks are cut and whatever noise sits between them',
    { timeout: 60_000 },
    async () => {
      const body = fc.json().map((json) => JSON.stringify({ jsonrpc: '2.0', method: '가/나', params: json }));
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.option(noise), body), { maxLength: 6 }),
          fc.array(fc.nat(), { maxLength: 20 }),
          async (items, points) => {
            const stream = items.map(([junk, json]) => `${junk ?? ''}${frame(json)}`).join('');
            assert.equal(
              await passThrough(cut(Buffer.from(stream), points)),
              items.map(([, json]) => frame(json)).join(''),
            );
          },
        ),
        { numRuns: 300 },
      );
    },
  );

  it('forwards a frame split between every pair of bytes', async () => {
    const stream = Buffer.from(frame('{"jsonrpc":"2.0","method":"한국어"}'));
    assert.equal(await passThrough([...stream].map((byte) => Buffer.from([byte]))), stream.toString('utf8'));
  });

  it('drops a header announcing more than the largest frame, and forwards the next frame', async () => {
    const next = frame('{"jsonrpc":"2.0","id":1,"method":"workspace/symbol","params":{"query":""}}');
    for (const length of [1_000_000_000_000, MAX_FRAME_BYTES + 1]) {
      assert.equal(
        await passThrough([Buffer.from(`Content-Length: ${length}\r\n\r\n{"jsonrpc":`), Buffer.from(next)]),
        next,
      );
    }
  });

  it('forwards a frame of the largest size, arriving in many chunks', async () => {
    const body = JSON.stringify({
      jsonrpc: '2.0',
      method: 'x',
      params: '가'.repeat(Math.floor((MAX_FRAME_BYTES - 60) / 3)),
    });
    const bytes = Buffer.from(frame(body));
    assert.ok(Buffer.byteLength(body) > MAX_FRAME_BYTES - 64 && Buffer.byteLength(body) <= MAX_FRAME_BYTES);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 65536) }, (_, i) =>
      bytes.subarray(i * 65536, (i + 1) * 65536),
    );
    assert.equal((await passThrough(chunks)).length, frame(body).length);
  });
});
