// kramdown's tables (kramdown/parser/kramdown/table.rb): rows of cells between pipes, a separator line under the
// header rows, `|---|` lines between bodies and `|===|` before the footer; every line needs a pipe outside code.
import { element, type Alignment, type Element } from './elements';
import type { Parser } from './parser';
import { split, strip } from '../../../core/rubyStrings';
import {
  TABLE_FSEP_LINE,
  TABLE_HSEP_ALIGN,
  TABLE_LINE,
  TABLE_PIPE_AT_START,
  TABLE_ROW_LINE,
  TABLE_SEP_LINE,
} from './syntax';

type Section = 'thead' | 'tbody' | 'tfoot';

export function parseTable(p: Parser): boolean {
  if (!p.afterBlockBoundary()) return false;
  const src = p.src;
  const start = src.pos;
  const table = p.newBlock('table', undefined, p.line);
  table.alignment = [];
  const leadingPipe = /^[ \t\n\v\f\r]*\|/.test(src.check(TABLE_LINE)?.[0] ?? '');
  src.scan(TABLE_SEP_LINE);
  let rows: Element[] = [];
  let hasFooter = false;
  let columns = 0;
  const addSection = (type: Section, force: boolean) => {
    if (hasFooter && type === 'tbody' && !force) return;
    const section = element(type);
    section.children = rows;
    rows = [];
    table.children.push(section);
  };
  while (!src.eos && src.check(TABLE_LINE)) {
    if (src.scan(TABLE_SEP_LINE) !== undefined) {
      const separator = src.group(1)!;
      if (!rows.length) continue;
      if (!table.alignment.length && !hasFooter) {
        addSection('thead', false);
        table.alignment = alignments(separator);
      } else addSection('tbody', false);
    } else if (src.scan(TABLE_FSEP_LINE) !== undefined) {
      if (rows.length) addSection('tbody', true);
      hasFooter = true;
    } else if (src.scan(TABLE_ROW_LINE) !== undefined) {
      const row = tableRow(p, src.group(1)!, leadingPipe);
      columns = Math.max(columns, row.children.length);
      rows.push(row);
    } else break;
  }
  if (!p.beforeBlockBoundary() || !pipeOnEveryLine(p, src.string.slice(start, src.pos - 1))) {
    src.pos = start;
    return false;
  }
  if (rows.length) addSection(hasFooter ? 'tfoot' : 'tbody', false);
  if (!table.children.some((section) => section.type === 'tbody')) {
    src.pos = start;
    return false;
  }
  for (const section of table.children)
    for (const row of section.children) while (row.children.length < columns) row.children.push(element('td'));
  table.alignment = table.alignment.slice(0, columns);
  while (table.alignment.length < columns) table.alignment.push('default');
  p.tree.children.push(table);
  return true;
}

function alignments(separator: string): Alignment[] {
  return [...separator.matchAll(TABLE_HSEP_ALIGN)].map(([, left, right]): Alignment => {
    if (!left && !right) return 'default';
    if (!right) return 'left';
    return left ? 'center' : 'right';
  });
}

/** A row's cells: split at pipes that are not escaped and not inside code. */
function tableRow(p: Parser, line: string, leadingPipe: boolean): Element {
  const cells: string[] = [];
  const append = (text: string) => {
    if (cells.length) cells[cells.length - 1] += text;
    else cells.push(text);
  };
  line.split(/(<code[^\n]*?>[^\n]*?<\/code>)/).forEach((piece, index) => {
    if (index % 2 === 1) return append(piece);
    const root = element('root');
    p.parseTextInlines(root, piece, p.line, [p.inlineParser('codespan')], 'raw_text');
    for (const child of root.children) {
      if (child.type === 'raw_text') {
        const [first, ...rest] = child.value!.split(/(?<!\\)\|/).map((text) => text.replace(/\\\|/g, '|'));
        append(first);
        cells.push(...rest);
      } else append(codeSpanSource(child.value ?? ''));
    }
  });
  if (leadingPipe && cells.length && strip(cells[0]) === '') cells.shift();
  if (cells.length && strip(cells[cells.length - 1]) === '') cells.pop();
  const row = element('tr');
  for (const cell of cells) {
    const td = element('td');
    td.children.push(element('raw_text', strip(cell)));
    row.children.push(td);
  }
  return row;
}

/** A code span written back for the cell's own parse. */
function codeSpanSource(code: string): string {
  const longest = (code.match(/`+/g) ?? []).reduce((max, run) => (run > max ? run : max), '');
  const delimiter = `${longest}\``;
  const pad = delimiter.length > 1 ? ' ' : '';
  return `${delimiter}${pad}${code}${pad}${delimiter}`;
}

/** kramdown's check that each line of the table has a pipe outside code spans and HTML. */
function pipeOnEveryLine(p: Parser, text: string): boolean {
  const root = element('root');
  p.parseTextInlines(root, text, p.line, [p.inlineParser('codespan'), p.inlineParser('span_html')], 'raw_text');
  let pipeOnLine = false;
  for (const child of root.children) {
    if (child.value === undefined) continue;
    const lines = split(child.value, '\n');
    if (child.type === 'codespan') {
      if (lines.length > 2 || (lines.length === 2 && !pipeOnLine)) break;
      if (lines.length === 2 && pipeOnLine) pipeOnLine = false;
    } else {
      if (lines.length > 1 && !pipeOnLine && !TABLE_PIPE_AT_START.test(lines[0] ?? '')) break;
      pipeOnLine = (lines.length > 1 ? false : pipeOnLine) || TABLE_PIPE_AT_START.test(lines.at(-1) ?? '');
    }
  }
  return pipeOnLine;
}
