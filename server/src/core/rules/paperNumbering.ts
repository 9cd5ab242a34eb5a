import * as l10n from '@vscode/l10n';
import { renumberPapers } from '../renumberPapers';
import type { Rule } from './rule';
import { headingLine, joinEntries, PAPERS } from './examples';

export const paperNumbering: Rule = {
  id: 'paper-numbering',
  severity: 'warning',
  description: 'Paper numbers are not 1, 2, 3… in order.',
  descriptionKo: '논문 번호가 1, 2, 3… 순서가 아닙니다.',
  examples: {
    valid: [{ text: joinEntries([headingLine(PAPERS[0])], [headingLine(PAPERS[1])]) }],
    invalid: [{ text: joinEntries([headingLine(PAPERS[0])], [headingLine({ ...PAPERS[1], number: 3 })]) }],
  },
  check({ model }) {
    const misnumbered = model.papers.filter(
      (paper, index) => paper.heading.number && paper.heading.number.value !== index + 1,
    );
    if (!misnumbered.length) return [];
    const fix = { title: l10n.t('Renumber all papers'), edits: renumberPapers(model) };
    return misnumbered.map((paper) => ({
      span: paper.heading.number!.span,
      message: l10n.t(
        'Paper {0} is entry {1} of the post; papers are numbered 1, 2, 3… in order.',
        paper.heading.number!.value,
        model.papers.indexOf(paper) + 1,
      ),
      fixes: [fix],
    }));
  },
};
