// The quick fix of the Liquid rules: the text published as written, whatever Liquid makes of it.
import * as l10n from '@vscode/l10n';
import type { Fix } from '../rules/rule';
import type { Span } from '../span';
import { excerptCloses, type ExcerptBound } from './excerpt';

/** How much of a piece of Liquid a message or a fix title quotes. */
const QUOTED_LENGTH = 40;

/** A whole `{% raw %}…{% endraw %}`, and what it shows. */
const RAW_BLOCK = /^\{%-?\s*raw\s*-?%\}([^]*)\{%-?\s*endraw\s*-?%\}$/;

/**
 * Keeps `text[span]` as text on the page: wrapped in `{% raw %}…{% endraw %}`, or with each `{{` and `{%` printed by
 * Liquid as a string where a raw block would not do: the text holds an `endraw` of its own (which would end that
 * block early), or it opens a block in Jekyll's excerpt (which adds an end tag for it, raw block or not). A whole raw
 * block is written so. One edit.
 */
export function keepAsText(text: string, span: Span, excerpt?: ExcerptBound): Fix {
  const literal = text.slice(span.start, span.end);
  const unwrapped = RAW_BLOCK.exec(literal)?.[1] ?? literal;
  // Liquid no longer prints the text in a table's cell, so kramdown sees its `|` as the cell's end.
  const shown = inTableCell(text, span) ? unwrapped.replace(/(?<!\\)\|/g, '\\|') : unwrapped;
  const raw = `{% raw %}${shown}{% endraw %}`;
  const printed =
    /\{%-?\s*endraw/.test(shown) ||
    (excerpt !== undefined && span.start < excerpt.end && excerptCloses(raw, excerpt.tags));
  const newText = printed ? shown.replace(/\{([{%])/g, (_, second: string) => `{{ "{${second}" }}`) : raw;
  return { title: l10n.t('Keep {0} as text', quoted(unwrapped)), edits: [{ span, newText }] };
}

/** Whether `span` lies in a table row (a line opening with `|`), outside code spans and fenced code. */
function inTableCell(text: string, span: Span): boolean {
  const lineStart = text.lastIndexOf('\n', span.start - 1) + 1;
  if (!/^ {0,3}\|/.test(text.slice(lineStart, lineStart + 4))) return false;
  const backticksBefore = text.slice(lineStart, span.start).split('`').length - 1;
  const fencesBefore = text.slice(0, lineStart).match(/^ {0,3}(?:`{3,}|~{3,})/gm)?.length ?? 0;
  return backticksBefore % 2 === 0 && fencesBefore % 2 === 0;
}

/** A piece of Liquid for a message: its first line, shortened, in backticks. */
export function quoted(liquid: string): string {
  const line = liquid.split(/\r?\n/)[0];
  const shown = line.length > QUOTED_LENGTH || line.length < liquid.length ? `${line.slice(0, QUOTED_LENGTH)}…` : line;
  return `\`${shown.replace(/`/g, "'")}\``;
}
