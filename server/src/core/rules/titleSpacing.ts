import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';
import { headingLine, PAPERS } from './examples';

export const titleSpacing: Rule = {
  id: 'title-spacing',
  severity: 'information',
  description:
    'A paper title has runs of spaces or leading/trailing spaces (arXiv line wrapping copied into the title).',
  descriptionKo: '논문 제목에 연속된 공백이나 앞뒤 공백이 있습니다(arXiv의 줄바꿈이 제목에 복사된 경우).',
  examples: {
    valid: [{ text: headingLine(PAPERS[0]) }],
    invalid: [{ text: headingLine({ ...PAPERS[0], title: PAPERS[0].title.replace('and ', 'and   ') }) }],
  },
  check({ model }) {
    return model.papers.flatMap(({ heading }) => {
      const source = heading.titleSource;
      if (!source || !heading.title) return [];
      const collapsed = source.replace(/[ \t]{2,}/g, ' ').trim();
      if (collapsed === source) return [];
      return [
        {
          span: heading.title.span,
          message: l10n.t(
            'The paper title has extra spaces (copied from arXiv line wrapping); they also change the heading anchor.',
          ),
          fixes: [
            {
              title: l10n.t('Collapse the spaces in the title'),
              edits: [{ span: heading.title.span, newText: collapsed }],
            },
          ],
        },
      ];
    });
  },
};
