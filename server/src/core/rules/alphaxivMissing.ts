import * as l10n from '@vscode/l10n';
import { isValidArxivId } from '../arxiv';
import { postLanguage } from '../postLanguage';
import { alphaxivUrlFor } from '../schema';
import type { Rule } from './rule';
import { alphaxivLine, headingLine, joinEntries, PAPERS } from './examples';

export const alphaxivMissing: Rule = {
  id: 'alphaxiv-missing',
  severity: 'warning',
  description:
    'A paper has no alphaXiv line while other papers of the post do (posts before 2025-09-22 have none at all, which is accepted).',
  descriptionKo:
    '포스트의 다른 논문에는 alphaXiv 줄이 있는데 이 논문에는 없습니다(2025-09-22 이전 포스트처럼 모든 논문에 없는 것은 허용됩니다).',
  examples: {
    valid: [
      {
        text: joinEntries(
          [headingLine(PAPERS[0]), alphaxivLine(PAPERS[0].id)],
          [headingLine(PAPERS[1]), alphaxivLine(PAPERS[1].id)],
        ),
      },
      { text: joinEntries([headingLine(PAPERS[0])], [headingLine(PAPERS[1])]) },
    ],
    invalid: [{ text: joinEntries([headingLine(PAPERS[0]), alphaxivLine(PAPERS[0].id)], [headingLine(PAPERS[1])]) }],
  },
  check({ model, schema, eol }) {
    if (!model.papers.some((paper) => paper.alphaxiv)) return [];
    const language = postLanguage(model, schema);
    return model.papers.flatMap(({ heading, alphaxiv }) => {
      if (alphaxiv) return [];
      const id = heading.arxivId?.value;
      // An id arxiv-id flags would be copied into the new link as it is.
      const line =
        id && isValidArxivId(id) ? `> [${schema.alphaxivLabel}](${alphaxivUrlFor(schema, id, language)})` : undefined;
      const at = heading.span.end;
      return [
        {
          span: heading.span,
          message: l10n.t(
            'This paper has no alphaXiv line (`> [Alphaxiv](https://www.alphaxiv.org/…/overview/ID)`) under its heading.',
          ),
          fixes: line
            ? [
                {
                  title: l10n.t('Insert the alphaXiv line'),
                  edits: [{ span: { start: at, end: at }, newText: `${eol}${eol}${line}` }],
                },
              ]
            : [],
        },
      ];
    });
  },
};
