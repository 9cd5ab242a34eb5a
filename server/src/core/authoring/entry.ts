import { alphaxivUrlFor, paperUrlFor, type DigestSchema } from '../schema';
import { SnippetBuilder } from './snippet';

/** What is known of a paper entry before it is written; each missing part becomes a tab stop. */
export interface EntryFields {
  number?: number;
  title?: string;
  id?: string;
  /** The alphaXiv language segment (`ko`, or '' for none); no alphaXiv line when undefined. */
  alphaxivLanguage?: string;
}

const ID_SLOT = '\u0000';

/** What the entry snippet shows in the title and id fields until the author types over them. */
export const TITLE_PLACEHOLDER = 'Title';
export const ID_PLACEHOLDER = 'ID';

/**
 * Writes a whole paper entry as the schema shapes it: the numbered heading linked to arXiv, the alphaXiv
 * line, then every section in order, the labelled one with its bullets. Tab stops follow reading order,
 * which is the order the author fills them in; the arXiv id is one stop shown in both links.
 */
export function writePaperEntry(
  builder: SnippetBuilder,
  schema: DigestSchema,
  fields: EntryFields,
  eol: string,
): SnippetBuilder {
  builder.text('# ');
  if (fields.number === undefined) builder.stop('number', '1');
  else builder.text(String(fields.number));
  builder.text('. [');
  if (fields.title === undefined) builder.stop('title', TITLE_PLACEHOLDER);
  else builder.text(titleLinkText(fields.title));
  builder.text('](');
  writeUrl(builder, paperUrlFor(schema, ID_SLOT), fields.id);
  builder.text(')');
  if (fields.alphaxivLanguage !== undefined) {
    builder.text(`${eol}${eol}> [${schema.alphaxivLabel}](`);
    writeUrl(builder, alphaxivUrlFor(schema, ID_SLOT, fields.alphaxivLanguage), fields.id);
    builder.text(')');
  }
  for (const name of schema.sections) writeSection(builder.text(eol + eol), schema, name, eol);
  return builder;
}

export function paperEntry(schema: DigestSchema, fields: EntryFields, eol: string): SnippetBuilder {
  return writePaperEntry(new SnippetBuilder(), schema, fields, eol);
}

/** `## Name` and an empty body to fill: the label bullets for the labelled section, one stop otherwise. */
export function writeSection(builder: SnippetBuilder, schema: DigestSchema, name: string, eol: string): SnippetBuilder {
  builder.text(`## ${name}${eol}`);
  if (name !== schema.labelledSection || !schema.bulletLabels.length) return builder.stop(`section:${name}`);
  schema.bulletLabels.forEach((label, i) => {
    builder.text(`${i ? eol : ''}${bulletText(label.name)}`).stop(`label:${label.name}`);
  });
  return builder;
}

export function bulletText(label: string, marker = '-'): string {
  return `${marker} ${label}: `;
}

function writeUrl(builder: SnippetBuilder, url: string, id: string | undefined): void {
  url.split(ID_SLOT).forEach((part, i) => {
    if (i > 0 && id === undefined) builder.stop('id', ID_PLACEHOLDER);
    if (i > 0 && id !== undefined) builder.text(id);
    builder.text(part);
  });
}

/**
 * A title from arXiv as the text of the heading's link, read the same by every reader of the post. Markdown and
 * kramdown get no markup out of it: the characters that would open a link, code, emphasis, math, raw HTML, an
 * attribute list or strikethrough are backslash-escaped, and an `&` that would start an entity is `&amp;`. Jekyll runs
 * Liquid over the post before kramdown: with every `{` escaped, `{{` never appears, and a `%` after a `{` is written
 * `&#37;` (kramdown has no escape for it), so `{%` never does either. The page then shows the title as arXiv wrote it.
 */
function titleLinkText(title: string): string {
  return title
    .replace(/[\\[\]`*_<>{}$~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/(?<=\{)%/g, '&#37;');
}
