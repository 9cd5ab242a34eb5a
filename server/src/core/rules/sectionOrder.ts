import type { Rule } from './rule';

export const sectionOrder: Rule = {
  id: 'section-order',
  severity: 'warning',
  description: 'The sections of a paper entry are not in the schema order.',
  check({ model, schema }) {
    return model.papers.flatMap(({ sections }) => {
      const known = sections.filter((section) => schema.sections.includes(section.name));
      return known.flatMap((section, index) => {
        const previous = known[index - 1];
        if (!previous || schema.sections.indexOf(previous.name) <= schema.sections.indexOf(section.name)) return [];
        return [{
          span: section.nameSpan,
          message: `\`## ${section.name}\` comes after \`## ${previous.name}\`; the order is ${schema.sections.join(', ')}.`,
        }];
      });
    });
  },
};
