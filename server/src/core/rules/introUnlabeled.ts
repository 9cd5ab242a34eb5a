import * as l10n from '@vscode/l10n';
import { labelledSection } from '../labels';
import type { Rule } from './rule';
import { INTRODUCTION, paperEntry, withSection } from './examples';

export const introUnlabeled: Rule = {
  id: 'intro-unlabeled',
  severity: 'hint',
  description:
    'Introduction bullets carry no labels (an accepted older variant); a fix adds Goal / Motivation / Contribution.',
  descriptionKo:
    'Introduction 글머리표에 레이블이 없습니다(허용되는 이전 형식). 빠른 수정으로 Goal / Motivation / Contribution을 붙일 수 있습니다.',
  examples: {
    valid: [{ text: paperEntry() }],
    invalid: [{ text: paperEntry(withSection('Introduction', INTRODUCTION.replace(/^- \w+: /gm, '- '))) }],
  },
  check({ model, schema }) {
    return model.papers.flatMap((paper) => {
      const bullets = labelledSection(paper, schema)?.bullets ?? [];
      if (bullets.length !== schema.bulletLabels.length || bullets.some((bullet) => bullet.label || !bullet.content))
        return [];
      const names = schema.bulletLabels.map((label) => label.name);
      return [
        {
          span: { start: bullets[0].span.start, end: bullets[bullets.length - 1].span.end },
          message: l10n.t(
            'These bullets have no labels; the current format writes {0}.',
            names.map((name) => `\`${name}:\``).join(', '),
          ),
          fixes: [
            {
              title: l10n.t('Label the bullets {0}', names.join(', ')),
              edits: bullets.map((bullet, i) => ({
                span: { start: bullet.textStart, end: bullet.textStart },
                newText: `${names[i]}: `,
              })),
            },
          ],
        },
      ];
    });
  },
};
