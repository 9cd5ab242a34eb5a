// Where the site's MathJax (3, with its default TeX delimiters) finds formulas in a piece of page text: `\(…\)` inline,
// `\[…\]`, `$$…$$` and `\begin{env}…\end{env}` displayed, the end delimiter counted only outside braces; `\$` is an
// escaped dollar. kramdown writes `\(…\)` and `\[…\]` for its `$$…$$`, and leaves other text alone.

export interface TexMath {
  start: number;
  end: number;
  /** The TeX to typeset (an environment keeps its `\begin` and `\end`), or the text an escape stands for. */
  tex: string;
  display: boolean;
  /** `\$`: no formula, a dollar sign. */
  escape?: boolean;
}

const START = /\\\(|\\\[|\$\$|\\begin\s*\{([^}]*)\}|\\\$/g;
const DELIMITERS: Record<string, { end: string; display: boolean }> = {
  '\\(': { end: '\\)', display: false },
  '\\[': { end: '\\]', display: true },
  $$: { end: '$$', display: true },
};

export function findTexMath(text: string): TexMath[] {
  const found: TexMath[] = [];
  START.lastIndex = 0;
  for (let start = START.exec(text); start; start = START.exec(text)) {
    const math = mathAt(text, start);
    if (math) {
      found.push(math);
      START.lastIndex = math.end;
    }
  }
  return found;
}

/** Whether `text` may hold a formula: a cheap test before the page loads its typesetter. */
export function mayHoldTex(text: string): boolean {
  return text.includes('\\(') || text.includes('\\[') || text.includes('$$') || text.includes('\\begin');
}

function mathAt(text: string, start: RegExpExecArray): TexMath | undefined {
  const open = start[0];
  const from = start.index + open.length;
  if (open === '\\$') return { start: start.index, end: from, tex: '$', display: false, escape: true };
  if (start[1] !== undefined) {
    const close = new RegExp(String.raw`\\end\s*\{${escapeRegExp(start[1])}\}`, 'y');
    const end = closingAt(text, from, close);
    return end && { start: start.index, end: end.to, tex: text.slice(start.index, end.to), display: true };
  }
  const { end: closing, display } = DELIMITERS[open];
  const end = closingAt(text, from, new RegExp(escapeRegExp(closing), 'y'));
  return end && { start: start.index, end: end.to, tex: text.slice(from, end.at), display };
}

/** The first match of `close` after `from` outside braces, skipping escaped characters (MathJax's `findEnd`). */
function closingAt(text: string, from: number, close: RegExp): { at: number; to: number } | undefined {
  let braces = 0;
  for (let i = from; i < text.length; i++) {
    close.lastIndex = i;
    const match = braces === 0 ? close.exec(text) : null;
    if (match) return { at: i, to: i + match[0].length };
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '{') braces++;
    else if (char === '}' && braces) braces--;
  }
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
