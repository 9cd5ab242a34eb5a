import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';
import { paperEntry, withSection } from './examples';

export const sectionEmpty: Rule = {
  id: 'section-empty',
  severity: 'warning',
  description: 'A section has a heading but no text.',
  descriptionKo: '섹션에 제목만 있고 내용이 없습니다.',
  examples: {
    valid: [{ text: paperEntry() }],
    invalid: [{ text: paperEntry(withSection('Limitations', '')) }],
  },
  check({ model }) {
    return model.papers.flatMap(({ sections }) =>
      sections
        .filter((section) => !section.contentText)
        .map((section) => ({ span: section.nameSpan, message: l10n.t('`## {0}` is empty.', section.name) })),
    );
  },
};
