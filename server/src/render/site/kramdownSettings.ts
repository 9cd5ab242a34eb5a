// The `kramdown:` options of `_config.yml` that change the HTML, over Jekyll's defaults.
import type { KramdownSettings } from '../markdown/pipeline';
import { DEFAULT_QUOTES, type QuoteChars } from '../markdown/smartQuotes';
import { asRecord } from '../../core/jekyll/siteFacts';

const ENTITIES: Record<string, string> = {
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  bdquo: '„',
  lsaquo: '‹',
  rsaquo: '›',
  laquo: '«',
  raquo: '»',
  apos: "'",
  quot: '"',
};

export const JEKYLL_KRAMDOWN: KramdownSettings = {
  hardWrap: false,
  autoIds: true,
  autoIdPrefix: '',
  quotes: DEFAULT_QUOTES,
};

export function kramdownSettings(config: Record<string, unknown>): KramdownSettings {
  const options = asRecord(config.kramdown);
  return {
    hardWrap: options.hard_wrap === true,
    autoIds: options.auto_ids !== false,
    autoIdPrefix: typeof options.auto_id_prefix === 'string' ? options.auto_id_prefix : '',
    quotes: typeof options.smart_quotes === 'string' ? smartQuotes(options.smart_quotes) : DEFAULT_QUOTES,
  };
}

/** `lsquo,rsquo,ldquo,rdquo` (entity names or numbers) in that order. */
function smartQuotes(value: string): QuoteChars {
  const chars = value.split(',').map((name) => entityChar(name.trim()));
  if (chars.length !== 4 || chars.some((char) => char === undefined)) return DEFAULT_QUOTES;
  const [lsquo, rsquo, ldquo, rdquo] = chars as string[];
  return { lsquo, rsquo, ldquo, rdquo };
}

function entityChar(name: string): string | undefined {
  const code = Number(/^#?(\d{1,7})$/.exec(name)?.[1] ?? NaN);
  return code <= 0x10ffff ? String.fromCodePoint(code) : ENTITIES[name];
}
