// The kramdown options (kramdown/options.rb) that change what a post's HTML is, with Jekyll's defaults; read from a
// site's `_config.yml` and from `{::options … /}` in a post, each value parsed the way kramdown parses it.
import { parse as parseYaml } from 'yaml';
import { namedEntity } from './entities';
import type { TypographicSymbol } from './elements';

export interface KramdownOptions {
  autoIds: boolean;
  autoIdPrefix: string;
  autoIdStripping: boolean;
  parseBlockHtml: boolean;
  parseInlineHtml: boolean;
  hardWrap: boolean;
  /** `paragraph_end` and `no_auto_typographic` of the GFM parser. */
  gfmQuirks: string[];
  footnoteNr: number;
  footnoteBacklink: string;
  footnoteBacklinkInline: boolean;
  footnotePrefix: string;
  tocLevels: number[];
  headerOffset: number;
  /** The characters for lsquo, rsquo, ldquo and rdquo. */
  smartQuotes: [string, string, string, string];
  typographicSymbols: Partial<Record<TypographicSymbol, string>>;
  removeLineBreaksForCjk: boolean;
  mathEngine: string | undefined;
}

/** kramdown's defaults as Jekyll sets them (GFM input, auto ids, no hard wrap). */
export const JEKYLL_KRAMDOWN: Readonly<KramdownOptions> = Object.freeze<KramdownOptions>({
  autoIds: true,
  autoIdPrefix: '',
  autoIdStripping: true,
  parseBlockHtml: false,
  parseInlineHtml: true,
  hardWrap: false,
  gfmQuirks: ['paragraph_end'],
  footnoteNr: 1,
  footnoteBacklink: '&#8617;',
  footnoteBacklinkInline: false,
  footnotePrefix: '',
  tocLevels: [1, 2, 3, 4, 5, 6],
  headerOffset: 0,
  smartQuotes: ['‘', '’', '“', '”'],
  typographicSymbols: {},
  removeLineBreaksForCjk: false,
  mathEngine: 'mathjax',
});

type Parse<T> = (value: unknown) => T;

const boolean: Parse<boolean> = (value) =>
  typeof value === 'boolean' ? value : String(value).trim().toLowerCase() !== 'false' && String(value) !== '';
const string: Parse<string> = (value) => String(value);
const integer: Parse<number> = (value) => {
  const text = String(value).trim();
  if (!/^[-+]?\d+$/.test(text)) throw new RangeError(`not an integer: ${text}`);
  return Number.parseInt(text, 10);
};
const symbol: Parse<string | undefined> = (value) => {
  const text = String(value).trim().replace(/^:/, '');
  return text === '' || text === 'nil' ? undefined : text;
};

const PARSERS: { [K in keyof KramdownOptions]: [string, Parse<KramdownOptions[K]>] } = {
  autoIds: ['auto_ids', boolean],
  autoIdPrefix: ['auto_id_prefix', string],
  autoIdStripping: ['auto_id_stripping', boolean],
  parseBlockHtml: ['parse_block_html', boolean],
  parseInlineHtml: ['parse_span_html', boolean],
  hardWrap: ['hard_wrap', boolean],
  gfmQuirks: ['gfm_quirks', (value) => list(value).map((quirk) => quirk.trim().replace(/^:/, ''))],
  footnoteNr: ['footnote_nr', integer],
  footnoteBacklink: ['footnote_backlink', string],
  footnoteBacklinkInline: ['footnote_backlink_inline', boolean],
  footnotePrefix: ['footnote_prefix', string],
  tocLevels: ['toc_levels', tocLevels],
  headerOffset: ['header_offset', integer],
  smartQuotes: ['smart_quotes', smartQuotes],
  typographicSymbols: ['typographic_symbols', typographicSymbols],
  removeLineBreaksForCjk: ['remove_line_breaks_for_cjk', boolean],
  mathEngine: ['math_engine', symbol],
};

const BY_NAME = new Map(Object.entries(PARSERS).map(([key, [name, parse]]) => [name, { key, parse }]));

/** kramdown's options from a site's `kramdown:` settings over Jekyll's defaults; values kramdown refuses are left out. */
export function kramdownOptions(settings: Record<string, unknown>): KramdownOptions {
  const options = { ...JEKYLL_KRAMDOWN };
  for (const [name, value] of Object.entries(settings)) setOption(options, name, value);
  return options;
}

/** Sets an option by its kramdown name, as `{::options name="value" /}` does; false when kramdown has no such option it honours here. */
export function setOption(options: KramdownOptions, name: string, value: unknown): boolean {
  const option = BY_NAME.get(name);
  if (!option) return false;
  try {
    (options as unknown as Record<string, unknown>)[option.key] = option.parse(value);
  } catch {
    // kramdown ignores a value it cannot parse.
  }
  return true;
}

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string') return value.split(',');
  throw new TypeError('not a list');
}

function tocLevels(value: unknown): number[] {
  if (Array.isArray(value)) return [...new Set(value.map((level) => Number.parseInt(String(level), 10)))];
  const text = String(value);
  const range = /^(\d)\.\.(\d)$/.exec(text);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  }
  if (/^\d(?:,\d)*$/.test(text)) return [...new Set(text.split(',').map(Number))];
  throw new RangeError('invalid toc_levels');
}

function smartQuotes(value: unknown): [string, string, string, string] {
  const names = list(value);
  if (names.length !== 4) throw new RangeError('smart_quotes needs four values');
  const chars = names.map((name) => {
    const trimmed = name.trim();
    const char = /^\d+$/.test(trimmed) ? String.fromCodePoint(Number(trimmed)) : namedEntity(trimmed);
    if (char === undefined) throw new RangeError(`unknown entity ${trimmed}`);
    return char;
  });
  return chars as [string, string, string, string];
}

function typographicSymbols(value: unknown): Partial<Record<TypographicSymbol, string>> {
  const hash = typeof value === 'string' ? (parseYaml(value) as unknown) : value;
  if (!hash || typeof hash !== 'object' || Array.isArray(hash)) throw new TypeError('not a hash');
  return Object.fromEntries(Object.entries(hash).map(([name, text]) => [name.replace(/^:/, ''), String(text)]));
}
