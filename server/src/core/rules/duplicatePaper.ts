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
      return [{ span: heading.arxivId.span, message: `Paper ${key} is already entry ${first + 1} of this post.` }];
    });
  },
};
