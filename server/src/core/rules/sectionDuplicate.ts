import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';

export const sectionDuplicate: Rule = {
  id: 'section-duplicate',
  severity: 'warning',
  description: 'A paper entry has the same section twice.',
  check({ model }) {
    return model.papers.flatMap(({ sections }) =>
      sections
        .filter((section, index) => sections.findIndex((other) => other.name === section.name) < index)
        .map((section) => ({ span: section.nameSpan, message: l10n.t('`## {0}` appears twice in this paper.', section.name) })),
    );
  },
};
