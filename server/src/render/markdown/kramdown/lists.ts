// kramdown's lists and definition lists (kramdown/parser/kramdown/list.rb): an item's lines are its first line's
// content, lines indented to that content, and lazy lines; they are parsed as blocks afterwards, and the first
// paragraph of an item is written without `<p>` when no blank line follows it.
import { emptyIal } from './attributes';
import { element, type Element } from './elements';
import type { Parser } from './parser';
import { split } from '../../../core/rubyStrings';
import {
  BLANK,
  DEFINITION_LIST_START,
  EOB,
  HR_START,
  itemLines,
  itemMarker,
  LIST_ITEM_IAL,
  LIST_ITEM_IAL_CHECK,
  LIST_START_OL,
  LIST_START_UL,
  LIST_STARTS_LINE,
} from './syntax';

interface Item {
  item: Element;
  /** The item's text in chunks: a nested list starts a new one. */
  chunks: string[];
}

export function parseList(p: Parser): boolean {
  const isUl = p.src.check(LIST_START_UL) !== null;
  const list = p.newBlock(isUl ? 'ul' : 'ol', undefined, p.line);
  const { items, eobFound } = readItems(p, isUl ? 'ul' : 'ol');
  list.children = items.map(({ item }) => item);
  p.tree.children.push(list);
  const trailingBlank = parseItems(p, items, eobFound);
  if (trailingBlank && !eobFound) p.tree.children.push(trailingBlank);
  markTasks(list);
  return true;
}

/** The list's items with their text, up to what ends the list; whether an `^` ended it. */
function readItems(p: Parser, type: 'ul' | 'ol'): { items: Item[]; eobFound: boolean } {
  const src = p.src;
  let marker = type === 'ul' ? LIST_START_UL : LIST_START_OL;
  const items: Item[] = [];
  let lines: ReturnType<typeof itemLines> | undefined;
  let indentation = 0;
  let nestedListFound = false;
  let lastIsBlank = false;
  let next: ReturnType<typeof continuationLine>;
  let blank: string | undefined;
  while (!src.eos) {
    const line = p.line;
    const current = items.at(-1);
    if (lastIsBlank && src.check(HR_START)) break;
    if (src.scan(EOB) !== undefined) return { items, eobFound: true };
    if (src.scan(marker) !== undefined) {
      const item = element('li', undefined, line);
      const first = firstListLine(src.group(1)!.length, src.group(2)!);
      indentation = first.indentation;
      lines = itemLines(indentation);
      const content = takeIal(p, first.content, item);
      marker = itemMarker(type, indentation);
      nestedListFound = LIST_STARTS_LINE.test(content);
      lastIsBlank = false;
      items.push({ item, chunks: [content] });
    } else if (current && lines && (next = continuationLine(p, lines, lastIsBlank))) {
      let { text } = next;
      if (!nestedListFound && next.indented && LIST_STARTS_LINE.test(text)) {
        current.chunks.push('');
        nestedListFound = true;
      } else if (nestedListFound && !next.indented && LIST_STARTS_LINE.test(text)) {
        text = ' '.repeat(indentation + 4) + text;
      }
      current.chunks[current.chunks.length - 1] += text;
      lastIsBlank = false;
    } else if (current && (blank = src.scan(BLANK)) !== undefined) {
      nestedListFound = true;
      lastIsBlank = true;
      current.chunks[current.chunks.length - 1] += blank;
    } else break;
  }
  return { items, eobFound: false };
}

/**
 * An item's next line, indented to its content or (not after a blank line) lazy: its text, leading tabs as spaces and
 * the content's indentation taken off, and whether it had that indentation.
 */
function continuationLine(
  p: Parser,
  lines: ReturnType<typeof itemLines>,
  lastIsBlank: boolean,
): { text: string; indented: boolean } | undefined {
  const line = p.src.scan(lines.content) ?? (lastIsBlank ? undefined : p.src.scan(lines.lazy));
  if (line === undefined) return undefined;
  const text = line.replace(/^\t+/, (tabs) => ' '.repeat(4 * tabs.length));
  const indented = lines.indent.test(text);
  return { text: indented ? text.replace(lines.indent, '') : text, indented };
}

const UNCHECKED = /^[ \t\n\v\f\r]*\[ \][ \t\n\v\f\r]+/;
const CHECKED = /^[ \t\n\v\f\r]*\[x\][ \t\n\v\f\r]+/i;
const BOX = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" ';

/**
 * GFM's task lists: `[ ]` or `[x]` opening an item's first paragraph becomes a checkbox; from the first such item
 * on, every item is a `task-list-item`, and the list a `task-list`.
 */
function markTasks(list: Element): void {
  let isTaskList = false;
  for (const item of list.children) {
    const text = item.children[0]?.type === 'p' ? item.children[0].children[0] : undefined;
    if (text?.value === undefined) continue;
    const boxed = text.value.replace(UNCHECKED, `${BOX}/>`).replace(CHECKED, `${BOX}checked="checked" />`);
    isTaskList ||= boxed !== text.value;
    text.value = boxed;
    if (isTaskList) item.attr.class = 'task-list-item';
  }
  if (isTaskList) list.attr.class = 'task-list';
}

/** Parses each item's blocks; the blank line that ended the last item with content, which goes after the list. */
function parseItems(p: Parser, items: Item[], eobFound: boolean): Element | undefined {
  let trailingBlank: Element | undefined;
  const lastItem = items.at(-1)?.item;
  for (const { item, chunks } of items) {
    const temp = element('temp', undefined, item.line);
    let line = item.line ?? 1;
    for (const chunk of chunks) {
      p.parseBlocks(temp, chunk, line);
      line += chunk.split('\n').length - 1;
    }
    const children = (item.children = temp.children);
    if (!children.length) continue;
    if (children[0].type === 'p' && children.length >= 2 && children[1].type === 'eob' && children[0].ial)
      children.splice(1, 1);
    const first = children[0];
    const tight =
      children.length < 2 || children[1].type !== 'blank' || (item === lastItem && children.length === 2 && !eobFound);
    const earlierAllow =
      item !== lastItem ||
      items.length === 1 ||
      items.slice(0, -1).some(({ item: other }) => {
        const opening = other.children[0];
        return !opening || opening.type !== 'p' || opening.transparent === true;
      });
    if (first.type === 'p' && tight && earlierAllow) {
      if (children.length > 1 && children[1].type !== 'blank') appendNewline(first);
      first.transparent = true;
    }
    trailingBlank = children.at(-1)!.type === 'blank' ? children.pop() : undefined;
  }
  return trailingBlank;
}

function appendNewline(paragraph: Element): void {
  const text = paragraph.children[0];
  if (text?.value !== undefined) text.value += '\n';
}

/** The text without the IAL it starts with, which goes to `el`. */
function takeIal(p: Parser, text: string, el: Element): string {
  return text.replace(LIST_ITEM_IAL, (_, ial: string) => {
    p.parseAttributes(ial, (el.ial ??= emptyIal()));
    return '';
  });
}

/** An item's first line: its content, and the indentation the item's other lines need. */
function firstListLine(markerWidth: number, rest: string): { content: string; indentation: number } {
  let content = rest;
  let indentation = markerWidth;
  if (LIST_ITEM_IAL_CHECK.test(content)) indentation = 4;
  else {
    while (/^ *\t/.test(content)) {
      const column = /^ */.exec(content)![0].length + indentation;
      content = content.replace(/^( *)(\t+)/, (_, spaces: string, tabs: string) => {
        return spaces + ' '.repeat(4 - (column % 4) + (tabs.length - 1) * 4);
      });
    }
    indentation += /^ */.exec(content)![0].length;
  }
  return { content: content.replace(/^[ \t\n\v\f\r]*/, ''), indentation };
}

export function parseDefinitionList(p: Parser): boolean {
  const children = p.tree.children;
  const last = children.at(-1);
  if (
    !last ||
    (children.length === 1 && last.type !== 'p') ||
    (children.length >= 2 &&
      last.type !== 'p' &&
      (last.type !== 'blank' || last.value !== '\n' || children.at(-2)!.type !== 'p'))
  )
    return false;
  let firstAsPara = false;
  const list = p.newBlock('dl');
  let paragraph = children.pop()!;
  if (paragraph.type === 'blank') {
    paragraph = children.pop()!;
    firstAsPara = true;
  }
  list.line = paragraph.line;
  for (const written of split(paragraph.children[0]?.value ?? '', '\n')) list.children.push(term(p, written));
  list.ial = paragraph.ial;
  const texts = readDefinitions(p, list, firstAsPara);
  let trailingBlank: Element | undefined;
  for (const item of list.children) {
    if (item.type === 'dt') continue;
    p.parseBlocks(item, texts.get(item) ?? '', item.line);
    const content = item.children;
    if (!content.length) continue;
    trailingBlank = content.at(-1)!.type === 'blank' ? content.pop() : undefined;
    if (content[0]?.type === 'p' && !item.firstAsPara) {
      if (content.length > 1) appendNewline(content[0]);
      content[0].transparent = true;
    }
  }
  addDefinitionList(p.tree.children, list);
  if (trailingBlank) p.tree.children.push(trailingBlank);
  return true;
}

function term(p: Parser, written: string): Element {
  const dt = element('dt', undefined, p.line);
  const text = takeIal(p, written, dt);
  dt.rawText = text;
  dt.children.push(element('raw_text', text));
  return dt;
}

/** Reads the definitions after the terms into `list`, with each one's text. */
function readDefinitions(p: Parser, list: Element, startAsPara: boolean): Map<Element, string> {
  const src = p.src;
  const texts = new Map<Element, string>();
  let firstAsPara = startAsPara;
  let item: Element | undefined;
  let lines: ReturnType<typeof itemLines> | undefined;
  let marker = DEFINITION_LIST_START;
  let lastIsBlank = false;
  let next: ReturnType<typeof continuationLine>;
  let result: string | undefined;
  while (!src.eos) {
    const line = p.line;
    if (src.scan(marker) !== undefined) {
      item = element('dd', undefined, line);
      item.firstAsPara = firstAsPara;
      const first = firstListLine(src.group(1)!.length, src.group(2)!);
      lines = itemLines(first.indentation);
      texts.set(item, takeIal(p, first.content, item));
      list.children.push(item);
      marker = itemMarker('dl', first.indentation);
      firstAsPara = false;
      lastIsBlank = false;
    } else if (src.check(EOB)) break;
    else if (item && lines && (next = continuationLine(p, lines, lastIsBlank))) {
      texts.set(item, texts.get(item) + next.text);
      firstAsPara = false;
      lastIsBlank = false;
    } else if (item && (result = src.scan(BLANK)) !== undefined) {
      firstAsPara = true;
      texts.set(item, texts.get(item) + result);
      lastIsBlank = true;
    } else break;
  }
  return texts;
}

/** A definition list right after another (a blank line between) joins it. */
function addDefinitionList(children: Element[], list: Element): void {
  const last = children.at(-1);
  if (last?.type === 'dl') last.children.push(...list.children);
  else if (last?.type === 'blank' && children.at(-2)?.type === 'dl') {
    children.pop();
    children.at(-1)!.children.push(...list.children);
  } else children.push(list);
}
