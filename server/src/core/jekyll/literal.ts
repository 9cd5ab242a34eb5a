// The quick fix of the Liquid rules: the text published as written, whatever Liquid makes of it.
import * as l10n from '@vscode/l10n';
import type { Fix } from '../rules/rule';
import type { Span } from '../span';

/** How much of a piece of Liquid a message or a fix title quotes. */
const QUOTED_LENGTH = 40;

/**
 * Keeps `text[span]` as text on the page: wrapped in `{% raw %}…{% endraw %}`, or, when it holds an `endraw` of its
 * own (which would end that block early), with each `{{` and `{%` printed by Liquid as a string. One edit.
 */
export function keepAsText(text: string, span: Span): Fix {
  const literal = text.slice(span.start, span.end);
  const newText = /\{%-?\s*endraw/.test(literal)
    ? literal.replace(/\{([{%])/g, (_, second: string) => `{{ "{${second}" }}`)
    : `{% raw %}${literal}{% endraw %}`;
  return { title: l10n.t('Keep {0} as text', quoted(literal)), edits: [{ span, newText }] };
}

/** A piece of Liquid for a message: its first line, shortened, in backticks. */
export function quoted(liquid: string): string {
  const line = liquid.split(/\r?\n/)[0];
  const shown = line.length > QUOTED_LENGTH || line.length < liquid.length ? `${line.slice(0, QUOTED_LENGTH)}…` : line;
  return `\`${shown.replace(/`/g, "'")}\``;
}
