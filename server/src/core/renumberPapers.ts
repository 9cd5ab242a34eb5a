import type { DigestModel } from './model';
import type { TextEdit } from './rules/rule';

/** Edits that number the paper headings 1, 2, 3… in document order, adding missing numbers. */
export function renumberPapers(model: DigestModel): TextEdit[] {
  return model.papers.flatMap((paper, index) => {
    const expected = index + 1;
    const number = paper.heading.number;
    if (!number) return [{ span: { start: paper.heading.textStart, end: paper.heading.textStart }, newText: `${expected}. ` }];
    return number.value === expected ? [] : [{ span: number.span, newText: String(expected) }];
  });
}
