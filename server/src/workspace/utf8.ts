import { isUtf8 } from 'node:buffer';

export interface DecodedText {
  /** The text, each invalid byte sequence replaced by U+FFFD. */
  text: string;
  /** Where in `text` the first invalid sequence is, when there is one. */
  invalidAt?: number;
}

/** Decodes a file's bytes as UTF-8, telling where the first invalid sequence is (a file to report, never to rewrite). */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('utf8');
  if (isUtf8(buffer)) return { text };
  return { text, invalidAt: buffer.subarray(0, firstInvalidByte(buffer)).toString('utf8').length };
}

/** The offset of the first byte that does not begin a well-formed UTF-8 sequence (read only for invalid files). */
function firstInvalidByte(bytes: Buffer): number {
  for (let at = 0; at < bytes.length;) {
    const lead = bytes[at];
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (!length || !isUtf8(bytes.subarray(at, at + length))) return at;
    at += length;
  }
  return bytes.length;
}
