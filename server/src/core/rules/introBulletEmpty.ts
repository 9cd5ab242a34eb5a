import { labelledSection } from '../labels';
import type { Rule } from './rule';

export const introBulletEmpty: Rule = {
  id: 'intro-bullet-empty',
  severity: 'warning',
  description: 'A Goal, Motivation or Contribution bullet has no text.',
  check({ model, schema }) {
    return model.papers.flatMap((paper) =>
      (labelledSection(paper, schema)?.bullets ?? [])
        .filter((bullet) => !bullet.content)
        .map((bullet) => ({
          span: bullet.label?.span ?? bullet.span,
          message: bullet.label ? `The ${bullet.label.value} bullet is empty.` : 'This bullet is empty.',
        })),
    );
  },
};
