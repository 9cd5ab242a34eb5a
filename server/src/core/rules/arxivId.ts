import * as l10n from '@vscode/l10n';
import { isValidArxivId } from '../arxiv';
import type { Rule } from './rule';

export const arxivId: Rule = {
  id: 'arxiv-id',
  severity: 'error',
  description: 'The arXiv id in a paper link is not valid (`YYMM.NNNNN` with optional `vN`, or `archive/YYMMNNN`), so the link is broken.',
  check({ model }) {
    return model.papers.flatMap(({ heading }) => {
      const id = heading.arxivId;
      if (!id || isValidArxivId(id.value)) return [];
      return [{
        span: id.span,
        message: l10n.t('`{0}` is not a valid arXiv id: expected `YYMM.NNNNN` (optionally `vN`) or `archive/YYMMNNN`.', id.value),
      }];
    });
  },
};
