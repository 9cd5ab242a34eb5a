import * as l10n from '@vscode/l10n';
import { unversionedId } from '../arxiv';
import type { Rule } from './rule';
import { headingLine, joinEntries, PAPERS } from './examples';

export const duplicatePaper: Rule = {
  id: 'duplicate-paper',
  severity: 'warning',
  description: 'The same arXiv paper appears twice in one post.',
  descriptionKo: '같은 arXiv 논문이 한 포스트에 두 번 나옵니다.',
  examples: {
    valid: [{ text: joinEntries([headingLine(PAPERS[0])], [headingLine(PAPERS[1])]) }],
    invalid: [{ text: joinEntries([headingLine(PAPERS[0])], [headingLine({ ...PAPERS[0], number: 2 })]) }],
  },
  check({ model }) {
    const firstEntry = new Map<string, number>();
    return model.papers.flatMap(({ heading }, index) => {
      if (!heading.arxivId) return [];
      const key = unversionedId(heading.arxivId.value);
      const first = firstEntry.get(key);
      if (first === undefined) {
        firstEntry.set(key, index);
        return [];
      }
      return [
        { span: heading.arxivId.span, message: l10n.t('Paper {0} is already entry {1} of this post.', key, first + 1) },
      ];
    });
  },
};
