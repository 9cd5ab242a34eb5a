import { unversionedId } from '../arxiv';
import type { Rule } from './rule';

export const alphaxivId: Rule = {
  id: 'alphaxiv-id',
  severity: 'error',
  description: "The alphaXiv link points to another paper than the entry's arXiv link.",
  check({ model }) {
    return model.papers.flatMap(({ heading, alphaxiv }) => {
      const expected = heading.arxivId?.value;
      if (!alphaxiv || !expected) return [];
      if (!alphaxiv.id) {
        return [{ span: alphaxiv.urlSpan ?? alphaxiv.span, message: `The alphaXiv link has no paper id; expected ${expected}.` }];
      }
      if (unversionedId(alphaxiv.id.value) === unversionedId(expected)) return [];
      return [{
        span: alphaxiv.id.span,
        message: `The alphaXiv link is for ${alphaxiv.id.value}, but this entry is arXiv ${expected}.`,
        fixes: [{ title: `Change the alphaXiv id to ${expected}`, edits: [{ span: alphaxiv.id.span, newText: expected }] }],
      }];
    });
  },
};
