import type { DigestModel } from './model';
import type { Span } from './span';

/** A stretch of text that is markup characters more than words: where a language model repeated itself. */
export interface MarkupRun {
  span: Span;
  /** How many markup characters it holds (its weight: whitespace and lone letters between them do not count). */
  markup: number;
}

/** Characters that open or close markdown constructs: list and quote markers, emphasis, links, tables, HTML, code. */
const MARKUP = new Uint8Array(128);
for (const char of '-+*>_[]()|<!`#~\\&.:=') MARKUP[char.charCodeAt(0)] = 1;

function isMarkup(code: number): boolean {
  return code < 128 && MARKUP[code] === 1;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/**
 * The run of markup characters with the most of them, in one pass. A run is broken by two word characters in a
 * row, so `*a*a*a`, `1. 1. `, `> - > - ` and `|---|---|` are runs while prose, titles and URLs break them. A run
 * starts at markup that is not glued to a word (`다.` ends a sentence), or at a lone character before it (`1.`).
 * Undefined when the text has no markup at all.
 */
export function longestMarkupRun(text: string): MarkupRun | undefined {
  let best: MarkupRun | undefined;
  let start = -1;
  let markup = 0;
  let lastWord = -2;
  let loneWord = -2;
  let lastMarkup = -1;
  const close = () => {
    if (start >= 0 && markup > (best?.markup ?? 0)) best = { span: { start, end: lastMarkup + 1 }, markup };
    start = -1;
    markup = 0;
  };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isMarkup(code)) {
      if (start < 0) {
        if (lastWord !== i - 1) start = i;
        else if (loneWord === i - 1) start = i - 1;
        else continue;
      }
      markup++;
      lastMarkup = i;
    } else if (!isSpace(code)) {
      if (lastWord === i - 1) close();
      else loneWord = i;
      lastWord = i;
    }
  }
  close();
  return best;
}

/** Fewer markup characters in a row than this are ordinary (a table's separator row, a heading's link): not a cause. */
const REPEATED = 200;

/** The run of repeated markup that likely makes the text too complex to read, if it has one. */
export function repeatedMarkupIn(text: string): Span | undefined {
  const run = longestMarkupRun(text);
  return run && run.markup >= REPEATED ? run.span : undefined;
}

/** The model of a post whose reading was abandoned: its text, and the likely cause. */
export function abandonedModel(text: string, repeatedMarkup = repeatedMarkupIn(text)): DigestModel {
  return { text, papers: [], htmlTokens: [], tooComplex: { repeatedMarkup } };
}
