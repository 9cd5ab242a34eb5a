import * as l10n from '@vscode/l10n';
import { postLanguage } from '../postLanguage';
import type { Rule } from './rule';
import { alphaxivLine, headingLine, joinEntries, PAPERS } from './examples';

export const alphaxivLanguage: Rule = {
  id: 'alphaxiv-language',
  severity: 'warning',
  description: "An alphaXiv link's language segment differs from the rest of the post.",
  descriptionKo: 'alphaXiv 링크의 언어 부분이 포스트의 다른 링크와 다릅니다.',
  examples: {
    valid: [
      {
        text: joinEntries(
          [headingLine(PAPERS[0]), alphaxivLine(PAPERS[0].id)],
          [headingLine(PAPERS[1]), alphaxivLine(PAPERS[1].id)],
        ),
      },
    ],
    invalid: [
      {
        text: joinEntries(
          [headingLine(PAPERS[0]), alphaxivLine(PAPERS[0].id)],
          [headingLine(PAPERS[1]), alphaxivLine(PAPERS[1].id, 'en')],
        ),
      },
    ],
  },
  check({ model, schema }) {
    const language = postLanguage(model, schema);
    return model.papers.flatMap(({ alphaxiv }) => {
      if (!alphaxiv?.id || !alphaxiv.urlSpan) return [];
      const actual = alphaxiv.language?.value ?? '';
      if (actual === language) return [];
      const name = (value: string) => (value ? `\`${value}\`` : l10n.t('no language'));
      const segment = alphaxiv.language;
      return [
        {
          span: segment?.span ?? alphaxiv.urlSpan,
          message: l10n.t('This alphaXiv link uses {0} while the post uses {1}.', name(actual), name(language)),
          fixes:
            segment && language
              ? [{ title: l10n.t('Use {0}', language), edits: [{ span: segment.span, newText: language }] }]
              : [],
        },
      ];
    });
  },
};
