// remark hands us text with escapes and character references already resolved. kramdown never reads those
// characters as markup (`\*` is no emphasis, `&quot;` no smart quote), so we recover them from the source.

export interface TextPiece {
  value: string;
  /** An escaped character or a character reference: plain text that never starts or closes markup. */
  literal: boolean;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
/** What kramdown's GFM parser unescapes; before any other punctuation the backslash stays. */
const KRAMDOWN_ESCAPABLE = /[\\.*_+`<>()[\]{}#!:|"'$=\-~]/;
const CHARACTER_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;
const LINE_PREFIX = /[ \t>]*/y;

/** Splits a text node's value into plain runs and literal characters, by walking its source alongside. */
export function textPieces(value: string, source: string): TextPiece[] {
  if (source === value || !/[\\&]/.test(source)) return [{ value, literal: false }];
  const pieces: TextPiece[] = [];
  let plain = '';
  let i = 0;
  let j = 0;
  const pushLiteral = (text: string) => {
    if (plain) pieces.push({ value: plain, literal: false });
    plain = '';
    pieces.push({ value: text, literal: true });
  };
  while (i < value.length) {
    const reference = source[j] === '&' ? CHARACTER_REFERENCE.exec(source.slice(j, j + 40)) : null;
    if (source[j] === '\\' && ASCII_PUNCTUATION.test(source[j + 1] ?? '') && value[i] === source[j + 1]) {
      if (KRAMDOWN_ESCAPABLE.test(value[i])) pushLiteral(value[i]);
      else plain += `\\${value[i]}`;
      i += 1;
      j += 2;
    } else if (reference) {
      const width = decodedWidth(reference[0], value, i, source[j + reference[0].length]);
      pushLiteral(value.slice(i, i + width));
      i += width;
      j += reference[0].length;
    } else if (value[i] === source[j]) {
      plain += value[i];
      i += 1;
      j += value[i - 1] === '\n' ? skipLinePrefix(source, j) : 1;
    } else {
      return [{ value, literal: false }];
    }
  }
  if (plain) pieces.push({ value: plain, literal: false });
  return pieces;
}

/** Container prefixes (`> `, list indentation) that remark drops from continuation lines. */
function skipLinePrefix(source: string, j: number): number {
  LINE_PREFIX.lastIndex = j + 1;
  return 1 + (LINE_PREFIX.exec(source)?.[0].length ?? 0);
}

/** How many UTF-16 units of `value` a character reference became: up to the next source character. */
function decodedWidth(reference: string, value: string, at: number, nextSource: string | undefined): number {
  if (reference[1] === '#') {
    const hex = reference[2] === 'x' || reference[2] === 'X';
    const code = Number.parseInt(reference.slice(hex ? 3 : 2, -1), hex ? 16 : 10);
    return code > 0xffff ? 2 : 1;
  }
  const next = nextSource === undefined ? -1 : value.indexOf(nextSource, at + 1);
  return next > at + 1 && next <= at + 2 ? next - at : 1;
}
