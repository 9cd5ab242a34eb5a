// kramdown's smart-quote rules (kramdown/parser/kramdown/smart_quotes.rb), tried in order at the position of a quote
// or of the character just before it. Ruby's `\s` and `\w` are ASCII-only; its `\b` knows Unicode letters.

export type QuoteKind = 'lsquo' | 'rsquo' | 'ldquo' | 'rdquo';

const SPACE = '[ \\t\\r\\n\\f\\v]';
const NOT_SPACE = '[^ \\t\\r\\n\\f\\v]';
const WORD = '[\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}]';
/** kramdown's SQ_PUNCT but `_`, a word character for the `\B` after it (and no `&`, as in kramdown). */
const PUNCT_NOT_WORD = '[!"#$%\'()*+,\\-./:;<=>?@\\[\\\\\\]^`{|}~]';
const CLOSER = '[^ \\\\\\t\\r\\n\\[{(\\-]';

type Step = number | 'open' | 'close' | QuoteKind;

/** Each rule: a sticky pattern and what becomes of its groups (text kept) or of its quote, which is the last group. */
const RULES: Array<[RegExp, Step[]]> = [
  [new RegExp(`(["'])(?=[_*]{1,2}${NOT_SPACE})`, 'yu'), ['open']],
  [new RegExp(`(["'])(?=${PUNCT_NOT_WORD}(?!\\.\\.)(?!${WORD})|_(?!\\.\\.)(?=${WORD}))`, 'yu'), ['close']],
  [new RegExp(`(${SPACE}?)"'(?=\\w)`, 'yu'), [1, 'ldquo', 'lsquo']],
  [new RegExp(`(${SPACE}?)'"(?=\\w)`, 'yu'), [1, 'lsquo', 'ldquo']],
  [new RegExp(`(${SPACE}?)'(?=\\d\\ds)`, 'yu'), [1, 'rsquo']],
  [new RegExp(`(${SPACE})(['"])(?=\\w)`, 'yu'), [1, 'open']],
  [new RegExp(`(${CLOSER})(['"])`, 'yu'), [1, 'close']],
  [new RegExp(`(["'])(?=${SPACE}|s(?!${WORD})|$)`, 'myu'), ['close']],
  [/([^]?)'/uy, [1, 'lsquo']],
  [/([^]?)"/uy, [1, 'ldquo']],
];

type QuoteOutput = { text: string } | { quote: QuoteKind };

export interface QuoteMatch {
  /** Text and quote characters that replace the matched source. */
  output: QuoteOutput[];
  length: number;
}

/** Applies the first rule that matches at `pos`; some rule always matches where a quote is at `pos` or `pos + 1`. */
export function matchSmartQuote(text: string, pos: number): QuoteMatch | undefined {
  for (const [pattern, steps] of RULES) {
    pattern.lastIndex = pos;
    const match = pattern.exec(text);
    if (!match) continue;
    const quoteGroup = match[match.length - 1];
    const output = steps.flatMap((step): QuoteOutput[] => {
      if (typeof step === 'number') return match[step] ? [{ text: match[step] }] : [];
      if (step === 'open' || step === 'close') return [{ quote: quoteKind(quoteGroup, step) }];
      return [{ quote: step }];
    });
    return { output, length: match[0].length };
  }
  return undefined;
}

function quoteKind(quote: string | undefined, side: 'open' | 'close'): QuoteKind {
  if (quote === '"') return side === 'open' ? 'ldquo' : 'rdquo';
  return side === 'open' ? 'lsquo' : 'rsquo';
}
