import * as l10n from '@vscode/l10n';
import { isValidArxivId } from '../arxiv';
import type { Rule } from './rule';
import { headingLine, PAPERS } from './examples';

export const arxivId: Rule = {
  id: 'arxiv-id',
  severity: 'error',
  description:
    'The arXiv id in a paper link is not valid (`YYMM.NNNNN` with optional `vN`, or `archive/YYMMNNN`), so the link is broken.',
  descriptionKo:
    '논문 링크의 arXiv ID가 올바르지 않아(`YYMM.NNNNN`, 선택적으로 `vN`, 또는 `archive/YYMMNNN`) 링크가 깨집니다.',
  examples: {
    valid: [{ text: headingLine(PAPERS[2]) }, { text: headingLine({ ...PAPERS[2], id: '2510.24992v2' }) }],
    invalid: [{ text: headingLine({ ...PAPERS[2], id: '2510.2499' }) }],
  },
  check({ model }) {
    return model.papers.flatMap(({ heading }) => {
      const id = heading.arxivId;
      if (!id || isValidArxivId(id.value)) return [];
      return [
        {
          span: id.span,
          message: l10n.t(
            '`{0}` is not a valid arXiv id: expected `YYMM.NNNNN` (optionally `vN`) or `archive/YYMMNNN`.',
            id.value,
          ),
        },
      ];
    });
  },
};
