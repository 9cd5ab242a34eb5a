import * as l10n from '@vscode/l10n';
import { isValidArxivId, unversionedId } from '../arxiv';
import type { Rule } from './rule';
import { alphaxivLine, headingLine, joinEntries, PAPERS } from './examples';

export const alphaxivId: Rule = {
  id: 'alphaxiv-id',
  severity: 'error',
  description: "The alphaXiv link points to another paper than the entry's arXiv link.",
  descriptionKo: 'alphaXiv 링크가 항목의 arXiv 링크와 다른 논문을 가리킵니다.',
  examples: {
    valid: [{ text: joinEntries([headingLine(PAPERS[1]), alphaxivLine(PAPERS[1].id)]) }],
    invalid: [{ text: joinEntries([headingLine(PAPERS[1]), alphaxivLine(PAPERS[0].id)]) }],
  },
  check({ model }) {
    return model.papers.flatMap(({ heading, alphaxiv }) => {
      const expected = heading.arxivId?.value;
      // A heading whose arXiv id is no id (arxiv-id flags it) says nothing of which paper the line should name.
      if (!alphaxiv || !expected || !isValidArxivId(expected)) return [];
      if (!alphaxiv.id) {
        return [
          {
            span: alphaxiv.urlSpan ?? alphaxiv.span,
            message: l10n.t('The alphaXiv link has no paper id; expected {0}.', expected),
          },
        ];
      }
      if (unversionedId(alphaxiv.id.value) === unversionedId(expected)) return [];
      return [
        {
          span: alphaxiv.id.span,
          message: l10n.t('The alphaXiv link is for {0}, but this entry is arXiv {1}.', alphaxiv.id.value, expected),
          fixes: [
            {
              title: l10n.t('Change the alphaXiv id to {0}', expected),
              edits: [{ span: alphaxiv.id.span, newText: expected }],
            },
          ],
        },
      ];
    });
  },
};
