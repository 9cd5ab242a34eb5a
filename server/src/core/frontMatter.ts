import * as l10n from '@vscode/l10n';
import {
  isAlias,
  isCollection,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument,
  visit,
  type Document,
  type Node as YamlNode,
} from 'yaml';
import type { FrontMatter, FrontMatterField } from './model';
import { span, type Span } from './span';

/** Parses the YAML between the fences; `yamlSpan` places it in the document. */
export function parseFrontMatter(text: string, blockSpan: Span, yamlSpan: Span): FrontMatter {
  const source = text.slice(yamlSpan.start, yamlSpan.end);
  if (nestingBound(source) > MAX_YAML_NESTING) {
    const error = { value: l10n.t('Front matter nests more than {0} levels deep', MAX_YAML_NESTING), span: yamlSpan };
    return { span: blockSpan, yamlSpan, errors: [error], fields: new Map() };
  }
  const doc = parseDocument(source, { schema: 'core', prettyErrors: false, uniqueKeys: true });
  const at = (start: number, end: number) => span(yamlSpan.start + start, yamlSpan.start + Math.max(start, end));
  const errors = doc.errors.map((error) => ({
    value: firstLine(error.message),
    span: at(...insideSource(source, error.pos)),
  }));
  const fields = new Map<string, FrontMatterField>();
  if (errors.length === 0 && isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const key = String(pair.key.value);
      const keyRange = pair.key.range;
      const value = pair.value as YamlNode | null;
      const valueRange = value?.range ?? [keyRange[1] + 1, keyRange[1] + 1];
      fields.set(key, {
        key,
        keySpan: at(keyRange[0], keyRange[1]),
        value: value ? resolvedValue(value, doc) : null,
        valueSpan: at(valueRange[0], valueRange[1]),
        isSequence: isSeq(value),
        plain: isScalar(value) && value.type === 'PLAIN' && !value.tag,
        writtenAsItself: !value || writtenAsItself(value, source),
      });
    }
  } else if (errors.length === 0 && doc.contents !== null && !isMap(doc.contents)) {
    errors.push({ value: l10n.t('Front matter must be a YAML mapping of keys to values'), span: yamlSpan });
  }
  return { span: blockSpan, yamlSpan, errors, fields };
}

/** As YAML reads it, aliases resolved; undefined when that is over the library's bound on aliases (a billion laughs). */
function resolvedValue(value: YamlNode, doc: Document): unknown {
  try {
    return value.toJS(doc);
  } catch {
    return undefined;
  }
}

/** No alias, anchor or tag in the value, and no comment inside a collection (a scalar's range never holds one). */
function writtenAsItself(value: YamlNode, source: string): boolean {
  let plain = !isAlias(value) && !value.anchor && !value.tag;
  if (plain && isCollection(value)) {
    plain = !source.slice(value.range?.[0], value.range?.[1]).includes('#');
    visit(value, (_key, node) => {
      if (isAlias(node) || (isNode(node) && (node.anchor || node.tag))) {
        plain = false;
        return visit.BREAK;
      }
      return undefined;
    });
  }
  return plain;
}

/** Whether an edit rewrites a value of the front matter that is not written as itself (see FrontMatterField). */
export function rewritesValueNotAsItself(frontMatter: FrontMatter | undefined, edit: Span): boolean {
  if (!frontMatter) return false;
  // An insertion counts from where it goes: inside the value, or at its start.
  return [...frontMatter.fields.values()].some(
    ({ writtenAsItself, valueSpan: { start, end } }) =>
      !writtenAsItself && edit.start < end && start < Math.max(edit.end, edit.start + 1),
  );
}

/** Front matter is a handful of flat fields; the YAML library can crash the process on thousands of nested levels. */
const MAX_YAML_NESTING = 100;

/** An over-estimate of how deeply the YAML nests: a line's indentation and `- `/`? ` markers plus the flow brackets open at each point. */
function nestingBound(source: string): number {
  let deepest = 0;
  let flow = 0;
  for (const line of source.split(/\r\n|\r|\n/)) {
    const block = /^[ \t]*(?:[-?:][ \t]+)*/.exec(line)![0].length;
    for (const char of line) {
      if (char === '[' || char === '{') flow++;
      else if ((char === ']' || char === '}') && flow > 0) flow--;
      deepest = Math.max(deepest, block + flow);
    }
  }
  return deepest;
}

/** The library places errors about an unfinished document past its last character: keep them on the last line of the YAML. */
function insideSource(source: string, [start, end]: [number, number]): [number, number] {
  const last = source.replace(/(?:\r\n|\r|\n)$/, '').length;
  if (start >= last)
    return [Math.max(source.lastIndexOf('\n', last - 1), source.lastIndexOf('\r', last - 1)) + 1, last];
  const from = splitsPair(source, start) ? start - 1 : start;
  const to = Math.min(Math.max(from, end), last);
  return [from, splitsPair(source, to) ? to + 1 : to];
}

/** True between the halves of a CRLF or of a surrogate pair, where no range may begin or end. */
function splitsPair(text: string, offset: number): boolean {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return (
    (before === 13 && after === 10) || (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff)
  );
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

/** A string field's value, or undefined when absent or not a string. */
export function stringField(frontMatter: FrontMatter | undefined, key: string): string | undefined {
  const value = frontMatter?.fields.get(key)?.value;
  return typeof value === 'string' ? value : undefined;
}
