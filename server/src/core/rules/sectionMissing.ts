import * as l10n from '@vscode/l10n';
import type { PaperEntry } from '../model';
import type { Fix, Rule, RuleContext } from './rule';
import { paperEntry, withSection } from './examples';

export const sectionMissing: Rule = {
  id: 'section-missing',
  severity: 'warning',
  description:
    'A paper entry lacks one of the schema sections (Introduction, Method, Results, Limitations, Conclusion).',
  descriptionKo:
    '논문 항목에 스키마의 섹션(Introduction, Method, Results, Limitations, Conclusion) 중 하나가 없습니다.',
  examples: {
    valid: [{ text: paperEntry() }],
    invalid: [{ text: paperEntry(withSection('Results', null)) }],
  },
  check(context) {
    return context.model.papers.flatMap((paper) => {
      const present = new Set(paper.sections.map((section) => section.name));
      return context.schema.sections
        .filter((name) => !present.has(name))
        .map((name) => ({
          span: paper.heading.span,
          message: l10n.t('This paper has no `## {0}` section.', name),
          fixes: insertSection(paper, name, context),
        }));
    });
  },
};

/**
 * Inserts `## name` before the first later schema section present, or at the end of the entry; none when the entry ends
 * in an unclosed code or HTML block, where the heading would be read as part of that block.
 */
function insertSection(paper: PaperEntry, name: string, { schema, eol }: RuleContext): Fix[] {
  const order = schema.sections.indexOf(name);
  const later = paper.sections.find((section) => schema.sections.indexOf(section.name) > order);
  if (!later && paper.openAtEnd) return [];
  const edit = later
    ? { span: { start: later.headingSpan.start, end: later.headingSpan.start }, newText: `## ${name}${eol}${eol}` }
    : { span: { start: paper.contentEnd, end: paper.contentEnd }, newText: `${eol}${eol}## ${name}` };
  return [{ title: l10n.t('Insert the {0} section', name), edits: [edit] }];
}
