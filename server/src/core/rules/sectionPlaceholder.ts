import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';
import { paperEntry, withSection } from './examples';

export const sectionPlaceholder: Rule = {
  id: 'section-placeholder',
  severity: 'information',
  description: 'A section says only "정보 부족" (information missing), the generator\'s placeholder.',
  descriptionKo: '섹션에 생성기의 자리 표시 문구인 "정보 부족"만 있습니다.',
  examples: {
    valid: [{ text: paperEntry() }],
    invalid: [{ text: paperEntry(withSection('Limitations', '정보 부족')) }],
  },
  check({ model, schema }) {
    return model.papers.flatMap(({ sections }) =>
      sections
        .filter((section) => section.contentSpan && schema.placeholders.includes(section.contentText))
        .map((section) => ({
          span: section.contentSpan!,
          message: l10n.t('`## {0}` holds only the placeholder "{1}".', section.name, section.contentText),
        })),
    );
  },
};
