// kramdown's abbreviations (kramdown/parser/kramdown/abbreviation.rb): `*[HTML]: Hyper Text Markup Language` marks
// every `HTML` in the text that stands as a word (ASCII word characters around it) as an `<abbr>`.
import { element, type Element } from './elements';
import { escapeRegExp } from '../../../core/rubyStrings';

export interface Abbreviation {
  title: string;
  /** The attributes an IAL after the definition gave it. */
  attr: Record<string, string>;
}

interface Patterns {
  /** Any abbreviation, the longest first, at a position. */
  any: RegExp;
  /** An abbreviation standing as a word at a position: after a non-word character, or at the position itself. */
  atStart: RegExp;
  /** The same searched for further on: after a non-word character, or at a line start. */
  ahead: RegExp;
}

export function markAbbreviations(root: Element, abbreviations: Map<string, Abbreviation>): void {
  if (!abbreviations.size) return;
  const names = [...abbreviations.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const patterns: Patterns = {
    any: new RegExp(`(?:${names})`, 'uy'),
    atStart: new RegExp(`(?=(?:\\W|)(?:${names})(?!\\w))`, 'uy'),
    ahead: new RegExp(`(?=(?:\\W|^)(?:${names})(?!\\w))`, 'gmu'),
  };
  replaceIn(root, patterns);
}

function replaceIn(el: Element, patterns: Patterns): void {
  el.children = el.children.flatMap((child) => {
    if (child.type === 'text' && el.contentModel !== 'raw') return split(child, patterns);
    replaceIn(child, patterns);
    return [child];
  });
}

/** A text element cut into text and abbreviations (kramdown's scanning, its `^` matching at the scan position). */
function split(text: Element, patterns: Patterns): Element[] {
  const value = text.value ?? '';
  patterns.ahead.lastIndex = 0;
  if (!patterns.ahead.test(value) && !matchesAt(patterns.atStart, value, 0)) return [text];
  const result: Element[] = [];
  let pos = 0;
  for (;;) {
    const at = nextAbbreviation(value, pos, patterns);
    if (at === undefined) break;
    let before = value.slice(pos, at);
    let name = matchAt(patterns.any, value, at);
    pos = at;
    if (name === undefined) {
      const prefix = /\W/uy;
      prefix.lastIndex = at;
      if (prefix.test(value)) {
        before += value[at];
        pos = at + 1;
      }
      name = matchAt(patterns.any, value, pos) ?? '';
    }
    pos += name.length;
    result.push(element('text', before, text.line), element('abbreviation', name, text.line));
  }
  result.push(element('text', value.slice(pos), text.line));
  return result;
}

function nextAbbreviation(value: string, pos: number, patterns: Patterns): number | undefined {
  if (matchesAt(patterns.atStart, value, pos)) return pos;
  patterns.ahead.lastIndex = pos + 1;
  const found = patterns.ahead.exec(value);
  return found?.index;
}

function matchesAt(pattern: RegExp, value: string, pos: number): boolean {
  pattern.lastIndex = pos;
  return pattern.test(value);
}

function matchAt(pattern: RegExp, value: string, pos: number): string | undefined {
  pattern.lastIndex = pos;
  return pattern.exec(value)?.[0];
}
