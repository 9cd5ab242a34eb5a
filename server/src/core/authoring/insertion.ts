import type { DigestModel } from '../model';
import type { TextEdit } from '../rules/rule';
import type { Span } from '../span';

export interface PaperInsertion {
  /** The new entry's number: one more than the entry before it (after entry 3 comes 4). */
  number: number;
  /** Renumbers the entries after the new one so the numbers still run on from it. */
  renumberFollowing: TextEdit[];
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

export interface AppendPoint {
  /** What the appended entry replaces: the trailing blank lines of the post. */
  span: Span;
  /** Line breaks to write before the entry. */
  before: string;
}

/**
 * Where an entry appended to the post goes: after the last content, one blank line after a paper
 * and two after the front matter (the blog's layout).
 */
export function appendPoint(model: DigestModel, eol: string): AppendPoint {
  const contentEnd = model.text.trimEnd().length;
  const breaks = contentEnd === 0 ? 0 : model.papers.length ? 2 : 3;
  return { span: { start: contentEnd, end: model.text.length }, before: eol.repeat(breaks) };
}
