import * as l10n from '@vscode/l10n';
import { applyEdits, mapOffset, minimalEdit } from '../edits';
import type { DigestModel, PaperEntry } from '../model';
import { parseDigest } from '../parseDigest';
import { renumberPapers } from '../renumberPapers';
import type { SpanEdit } from '../rules/rule';
import type { DigestSchema } from '../schema';

export type MoveDirection = 'up' | 'down';

export type PaperMove = { edit: SpanEdit; newText: string; cursor: number } | { error: string };

/**
 * Swaps the paper entry at `offset` with its neighbour and renumbers every paper 1, 2, 3…, as one edit.
 * The blank lines between entries stay where they are; the cursor keeps its place inside the moved entry.
 */
export function movePaper(
  model: DigestModel,
  offset: number,
  direction: MoveDirection,
  schema: DigestSchema,
): PaperMove {
  const index = paperIndexAt(model, offset);
  if (index < 0) return { error: l10n.t('Put the cursor inside a paper entry to move it.') };
  const target = direction === 'up' ? index - 1 : index + 1;
  if (target < 0 || target >= model.papers.length) {
    return {
      error:
        direction === 'up'
          ? l10n.t('This paper is already the first of the post.')
          : l10n.t('This paper is already the last of the post.'),
    };
  }
  const [upper, lower] = [model.papers[Math.min(index, target)], model.papers[Math.max(index, target)]];
  const text = model.text;
  const between = text.slice(upper.contentEnd, lower.span.start);
  const swapped =
    text.slice(0, upper.span.start) +
    entryText(text, lower) +
    between +
    entryText(text, upper) +
    text.slice(lower.contentEnd);
  const moved = model.papers[index];
  const movedStart =
    direction === 'up' ? upper.span.start : upper.span.start + (lower.contentEnd - lower.span.start) + between.length;
  const cursor = movedStart + Math.min(offset, moved.contentEnd) - moved.span.start;
  const renumbering = renumberPapers(parseDigest(swapped, schema));
  const newText = applyEdits(swapped, renumbering);
  return { edit: minimalEdit(text, newText), newText, cursor: mapOffset(cursor, renumbering) };
}

/** The entry whose heading is the last one at or before `offset`; -1 before the first paper. */
export function paperIndexAt(model: DigestModel, offset: number): number {
  let found = -1;
  model.papers.forEach((paper, i) => {
    if (paper.heading.span.start <= offset) found = i;
  });
  return found;
}

function entryText(text: string, paper: PaperEntry): string {
  return text.slice(paper.span.start, paper.contentEnd);
}
