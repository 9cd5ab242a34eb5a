import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';
import { paperEntry, SECTIONS } from './examples';

export const sectionDuplicate: Rule = {
  id: 'section-duplicate',
  severity: 'warning',
  description: 'A paper entry has the same section twice.',
  descriptionKo: '논문 항목에 같은 섹션이 두 번 있습니다.',
  examples: {
    valid: [{ text: paperEntry() }],
    invalid: [{ text: paperEntry([...SECTIONS.slice(0, 2), SECTIONS[1], ...SECTIONS.slice(2)]) }],
  },
  check({ model }) {
    return model.papers.flatMap(({ sections }) =>
      sections
        .filter((section, index) => sections.findIndex((other) => other.name === section.name) < index)
        .map((section) => ({
          span: section.nameSpan,
          message: l10n.t('`## {0}` appears twice in this paper.', section.name),
        })),
    );
  },
};
