import * as l10n from '@vscode/l10n';
import { arxivIdInUrl } from '../arxiv';
import type { PaperEntry } from '../model';
import { insertNumber } from '../renumberPapers';
import { paperUrlFor } from '../schema';
import type { Finding, Rule, RuleContext } from './rule';
import { headingLine, PAPERS } from './examples';

const FORM = '`# N. [Title](https://arxiv.org/abs/ID)`';

export const paperHeading: Rule = {
  id: 'paper-heading',
  severity: 'warning',
  description: `A paper heading is not of the form ${FORM}.`,
  descriptionKo: '논문 제목 줄이 `# N. [제목](https://arxiv.org/abs/ID)` 형식이 아닙니다.',
  examples: {
    valid: [{ text: headingLine(PAPERS[2]) }],
    invalid: [
      { text: `#${headingLine(PAPERS[2])}` },
      { text: headingLine(PAPERS[2]).replace('/abs/', '/pdf/') },
      { text: `# [${PAPERS[2].title}](https://arxiv.org/abs/${PAPERS[2].id})` },
    ],
  },
  check(context) {
    return context.model.papers.flatMap((paper, index) => headingProblems(paper, index, context));
  },
};

function headingProblems(paper: PaperEntry, index: number, { schema, model: { text } }: RuleContext): Finding[] {
  const heading = paper.heading;
  const findings: Finding[] = [];
  if (heading.depth !== 1) {
    const hashes = { start: heading.span.start, end: heading.span.start + heading.depth };
    findings.push({
      span: hashes,
      message: l10n.t('A paper heading is a level-1 heading (`#`), not level {0}: {1}.', heading.depth, FORM),
      fixes: [{ title: l10n.t('Make it a level-1 heading'), edits: [{ span: hashes, newText: '#' }] }],
    });
  }
  if (!heading.number) {
    findings.push({
      span: { start: heading.span.start, end: Math.max(heading.span.end, heading.span.start + 1) },
      message: l10n.t('The paper heading does not start with its number: {0}.', FORM),
      fixes: [{ title: l10n.t('Number it {0}.', index + 1), edits: [insertNumber(text, heading, index + 1)] }],
    });
  }
  if (!heading.link) {
    findings.push({ span: heading.span, message: l10n.t('The paper title is not linked to arXiv: {0}.', FORM) });
    return findings;
  }
  const canonical = heading.arxivId ? paperUrlFor(schema, heading.arxivId.value) : undefined;
  if (heading.link.url !== canonical) {
    const id = arxivIdInUrl(heading.link.url)?.value;
    const target = heading.link.urlSpan;
    findings.push({
      span: target ?? heading.link.span,
      message: l10n.t(
        'The paper link `{0}` is not an arXiv abstract link ({1}).',
        heading.link.url,
        paperUrlFor(schema, 'ID'),
      ),
      fixes:
        id && target
          ? [
              {
                title: l10n.t('Link to {0}', paperUrlFor(schema, id)),
                edits: [{ span: target, newText: paperUrlFor(schema, id) }],
              },
            ]
          : [],
    });
  }
  if (heading.trailing) {
    findings.push({
      span: heading.trailing.span,
      message: l10n.t('Text after the paper link is not part of the heading form {0}.', FORM),
    });
  }
  return findings;
}
