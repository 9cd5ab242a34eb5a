import * as l10n from '@vscode/l10n';
import { labelledSection } from '../labels';
import type { Rule } from './rule';
import { INTRODUCTION, paperEntry, withSection } from './examples';

export const introBulletEmpty: Rule = {
  id: 'intro-bullet-empty',
  severity: 'warning',
  description: 'A Goal, Motivation or Contribution bullet has no text.',
  descriptionKo: 'Goal, Motivation, Contribution 글머리표에 내용이 없습니다.',
  examples: {
    valid: [{ text: paperEntry() }],
    invalid: [{ text: paperEntry(withSection('Introduction', INTRODUCTION.replace(/^- Goal: .*$/m, '- Goal:'))) }],
  },
  check({ model, schema }) {
    return model.papers.flatMap((paper) =>
      (labelledSection(paper, schema)?.bullets ?? [])
        .filter((bullet) => !bullet.content)
        .map((bullet) => ({
          span: bullet.label?.span ?? bullet.span,
          message: bullet.label
            ? l10n.t('The {0} bullet is empty.', bullet.label.value)
            : l10n.t('This bullet is empty.'),
        })),
    );
  },
};
