import * as l10n from '@vscode/l10n';
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
        return [{ span: alphaxiv.urlSpan ?? alphaxiv.span, message: l10n.t('The alphaXiv link has no paper id; expected {0}.', expected) }];
      }
      if (unversionedId(alphaxiv.id.value) === unversionedId(expected)) return [];
      return [{
        span: alphaxiv.id.span,
        message: l10n.t('The alphaXiv link is for {0}, but this entry is arXiv {1}.', alphaxiv.id.value, expected),
        fixes: [{ title: l10n.t('Change the alphaXiv id to {0}', expected), edits: [{ span: alphaxiv.id.span, newText: expected }] }],
      }];
    });
  },
};
