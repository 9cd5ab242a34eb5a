import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';
import { paperEntry, SECTIONS } from './examples';

export const sectionOrder: Rule = {
  id: 'section-order',
  severity: 'warning',
  description: 'The sections of a paper entry are not in the schema order.',
  descriptionKo: '논문 항목의 섹션이 스키마 순서가 아닙니다.',
  examples: {
    valid: [{ text: paperEntry() }],
    invalid: [{ text: paperEntry([SECTIONS[0], SECTIONS[2], SECTIONS[1], ...SECTIONS.slice(3)]) }],
  },
  check({ model, schema }) {
    return model.papers.flatMap(({ sections }) => {
      const known = sections.filter((section) => schema.sections.includes(section.name));
      return known.flatMap((section, index) => {
        const previous = known[index - 1];
        if (!previous || schema.sections.indexOf(previous.name) <= schema.sections.indexOf(section.name)) return [];
        return [
          {
            span: section.nameSpan,
            message: l10n.t(
              '`## {0}` comes after `## {1}`; the order is {2}.',
              section.name,
              previous.name,
              schema.sections.join(', '),
            ),
          },
        ];
      });
    });
  },
};
