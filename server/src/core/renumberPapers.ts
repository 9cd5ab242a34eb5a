import type { DigestModel, PaperHeading } from './model';
import type { SpanEdit } from './rules/rule';

/** Edits that number the paper headings 1, 2, 3… in document order, adding missing numbers. */
export function renumberPapers(model: DigestModel): SpanEdit[] {
  return model.papers.flatMap((paper, index) => {
    const expected = index + 1;
    const number = paper.heading.number;
    if (!number) return [insertNumber(model.text, paper.heading, expected)];
    return number.value === expected ? [] : [{ span: number.span, newText: String(expected) }];
  });
}

/** Writes `N. ` where the heading's text begins; a bare `#` gets the space a heading needs after its marker. */
export function insertNumber(text: string, heading: PaperHeading, value: number): SpanEdit {
  const at = heading.textStart;
  const space = text[at - 1] === '#' ? ' ' : '';
  return { span: { start: at, end: at }, newText: `${space}${value}. ` };
}
