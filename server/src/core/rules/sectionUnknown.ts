import * as l10n from '@vscode/l10n';
import type { Rule } from './rule';
import { paperEntry, SECTIONS } from './examples';

export const sectionUnknown: Rule = {
  id: 'section-unknown',
  severity: 'information',
  description: 'A section heading is not one of the schema sections.',
  descriptionKo: '섹션 제목이 스키마의 섹션이 아닙니다.',
  examples: {
    valid: [{ text: paperEntry() }],
    invalid: [
      { text: paperEntry(SECTIONS.map(([name, text]) => [name === 'Results' ? 'Result' : name, text] as const)) },
    ],
  },
  check({ model, schema }) {
    return model.papers.flatMap(({ sections }) =>
      sections
        .filter((section) => !schema.sections.includes(section.name))
        .map((section) => {
          const meant = closestName(section.name, schema.sections);
          return {
            span: section.nameSpan,
            message: l10n.t('`## {0}` is not a digest section ({1}).', section.name, schema.sections.join(', ')),
            fixes: meant
              ? [{ title: l10n.t('Rename to {0}', meant), edits: [{ span: section.nameSpan, newText: meant }] }]
              : [],
          };
        }),
    );
  },
};

/** The schema name a heading was probably meant to be: same letters in another case, or one or two typos away. */
function closestName(name: string, names: string[]): string | undefined {
  const lower = name.trim().toLowerCase();
  return names.find((candidate) => editDistance(lower, candidate.toLowerCase()) <= Math.min(2, candidate.length >> 2));
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
