// kramdown's block and span extensions (kramdown/parser/kramdown/extensions.rb): attribute list definitions, block
// and span IALs, and the `{::comment}`, `{::nomarkdown}` and `{::options}` extensions.
import { emptyIal, mergeIal } from './attributes';
import { element, type Ial } from './elements';
import { setOption } from './options';
import type { Parser } from './parser';
import { split } from '../../../core/rubyStrings';
import {
  ALD_START,
  EXT_BLOCK_START,
  EXT_SPAN_START,
  extensionStop,
  IAL_BLOCK_START_PATTERN,
  IAL_SPAN_START,
  OPT_SPACE,
  searching,
  SPACE,
} from './syntax';

/** The definition kinds after which a block IAL still applies to the definition. */
const DEFINITIONS = new Set(['link_def', 'abbrev_def', 'footnote_def']);

export function parseBlockExtensions(p: Parser): boolean {
  const src = p.src;
  if (src.scan(ALD_START) !== undefined) {
    const [name, text] = [src.group(1)!, src.group(2)!];
    let definition = p.alds.get(name);
    if (!definition) p.alds.set(name, (definition = emptyIal()));
    p.parseAttributes(text, definition);
    p.tree.children.push(p.newBlock('eob', 'ald'));
    return true;
  }
  if (src.check(EXT_BLOCK_START)) return parseExtension(p, 'block');
  if (src.scan(IAL_BLOCK_START_PATTERN) === undefined) return false;
  const text = src.group(1)!;
  const last = p.tree.children.at(-1);
  if (last && last.type !== 'blank' && (last.type !== 'eob' || DEFINITIONS.has(last.value ?? ''))) {
    p.parseAttributes(text, (last.ial ??= emptyIal()));
    if (!src.check(IAL_BLOCK_START_PATTERN)) p.tree.children.push(p.newBlock('eob', 'ial'));
  } else p.parseAttributes(text, (p.blockIal ??= emptyIal()));
  return true;
}

export function parseInlineExtensions(p: Parser): void {
  const src = p.src;
  if (src.check(EXT_SPAN_START)) {
    parseExtension(p, 'span');
    return;
  }
  const last = p.tree.children.at(-1);
  if (src.check(IAL_SPAN_START) && last && last.type !== 'text') {
    const text = src.group(1)!;
    src.skipMatched();
    const ial = emptyIal();
    p.parseAttributes(text, ial);
    mergeIal((last.ial ??= emptyIal()), ial);
    p.applyIal(last.attr, ial);
  } else p.addText(src.getch());
}

const stops = new Map<string, RegExp>();
function stopTag(name: string, type: 'block' | 'span'): RegExp {
  const key = `${type} ${name}`;
  let pattern = stops.get(key);
  if (!pattern) {
    const stop = extensionStop(name);
    pattern = searching(type === 'block' ? `^${OPT_SPACE}${stop}${SPACE}*?\\n` : stop);
    stops.set(key, pattern);
  }
  return pattern;
}

/** `{::name attributes}body{:/name}` or `{::name attributes /}`; false (and nothing read) when it is no extension. */
function parseExtension(p: Parser, type: 'block' | 'span'): boolean {
  const src = p.src;
  const saved = src.pos;
  const line = p.line;
  const [written, name, attributes, empty, stopName] = src.lastMatch!;
  src.pos += written.length;
  const refuse = () => {
    src.pos = saved;
    if (type === 'span') p.addText(src.getch());
    return false;
  };
  if (stopName !== undefined || /^\{:\/\}/.test(written)) return refuse();
  const options = emptyIal();
  p.parseAttributes(attributes ?? '', options);
  let body: string | undefined;
  if (empty === undefined) {
    const through = src.scanUntil(stopTag(name, type));
    if (through === undefined) return refuse();
    body = through.slice(0, through.length - src.matched.length);
    if (type === 'block' && body.endsWith('\n')) body = body.slice(0, -1);
  }
  return handleExtension(p, name, options, body, type, line) || refuse();
}

function handleExtension(
  p: Parser,
  name: string,
  options: Ial,
  body: string | undefined,
  type: 'block' | 'span',
  line: number,
): boolean {
  if (name === 'comment' || name === 'nomarkdown') {
    if (body !== undefined) {
      const el = element(name === 'comment' ? 'comment' : 'raw', body, line);
      el.category = type;
      if (name === 'nomarkdown') el.rawTypes = split(options.attributes.type ?? '', /[ \t\n\v\f\r]+/);
      p.tree.children.push(el);
    }
    return true;
  }
  if (name !== 'options') return false;
  for (const [option, value] of Object.entries(options.attributes)) {
    if (option !== 'template' && option !== 'forbidden_inline_options') setOption(p.options, option, value);
  }
  if (type === 'block') p.tree.children.push(p.newBlock('eob', 'extension'));
  return true;
}
