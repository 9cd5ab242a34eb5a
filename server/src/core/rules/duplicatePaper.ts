import * as l10n from '@vscode/l10n';
import { unversionedId } from '../arxiv';
import type { Rule } from './rule';

export const duplicatePaper: Rule = {
  id: 'duplicate-paper',
  severity: 'warning',
  description: 'The same arXiv paper appears twice in one post.',
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
      return [{ span: heading.arxivId.span, message: l10n.t('Paper {0} is already entry {1} of this post.', key, first + 1) }];
    });
  },
};
