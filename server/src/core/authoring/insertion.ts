import type { DigestModel } from '../model';
import { postLanguage } from '../postLanguage';
import type { SpanEdit } from '../rules/rule';
import type { DigestSchema } from '../schema';
import { lineEnding, type Span } from '../span';
import { writePaperEntry, type EntryFields } from './entry';
import { SnippetBuilder } from './snippet';

export interface PaperInsertion {
  /** The new entry's number: one more than the entry before it (after entry 3 comes 4). */
  number: number;
  /** Renumbers the entries after the new one so the numbers still run on from it. */
  renumberFollowing: SpanEdit[];
}

/** The number a paper inserted at `offset` takes, and what keeps the later numbers consistent. */
export function paperInsertion(model: DigestModel, offset: number): PaperInsertion {
  const before = model.papers.filter((paper) => paper.heading.span.start < offset);
  const previous = before[before.length - 1]?.heading.number;
  const number = previous ? previous.value + 1 : before.length + 1;
  const renumberFollowing = model.papers.slice(before.length).flatMap((paper, i) => {
    const current = paper.heading.number;
    const wanted = number + 1 + i;
    return current && current.value !== wanted ? [{ span: current.span, newText: String(wanted) }] : [];
  });
  return { number, renumberFollowing };
}

/**
 * What a new entry at `offset` is written with: its number, and an alphaXiv line in the language the
 * post uses, unless the post is one of the early ones that have none.
 */
export function newEntryFields(
  model: DigestModel,
  schema: DigestSchema,
  offset: number,
): PaperInsertion & { fields: EntryFields } {
  const insertion = paperInsertion(model, offset);
  const withAlphaxiv = !model.papers.length || model.papers.some((paper) => paper.alphaxiv);
  const alphaxivLanguage = withAlphaxiv ? postLanguage(model, schema) : undefined;
  return { ...insertion, fields: { number: insertion.number, alphaxivLanguage } };
}

export interface AppendedEntry {
  /** What the entry replaces: the post's trailing blank lines. */
  span: Span;
  number: number;
  /** The blank lines before it, the entry and a final line break. */
  entry: SnippetBuilder;
}

/**
 * A new entry after the last content of the post, numbered after the last paper: one blank line after
 * a paper, two after the front matter (the blog's layout).
 */
export function appendedEntry(
  model: DigestModel,
  schema: DigestSchema,
  known: Pick<EntryFields, 'title' | 'id'> = {},
): AppendedEntry {
  const eol = lineEnding(model.text);
  const contentEnd = model.text.trimEnd().length;
  const breaks = contentEnd === 0 ? 0 : model.papers.length ? 2 : 3;
  const { number, fields } = newEntryFields(model, schema, model.text.length);
  const entry = writePaperEntry(
    new SnippetBuilder().text(eol.repeat(breaks)),
    schema,
    { ...fields, ...known },
    eol,
  ).text(eol);
  return { span: { start: contentEnd, end: model.text.length }, number, entry };
}
