import { canonicalLabel, labelledSection } from '../labels';
import type { Section } from '../model';
import type { DigestSchema } from '../schema';
import type { Finding, Rule } from './rule';

export const introBullets: Rule = {
  id: 'intro-bullets',
  severity: 'warning',
  description: 'Introduction lacks the Goal, Motivation and Contribution bullets, in that order (unlabeled bullets are accepted).',
  check({ model, schema }) {
    return model.papers.flatMap((paper) => {
      const section = labelledSection(paper, schema);
      return section && section.contentText ? labelProblems(section, schema) : [];
    });
  },
};

function labelProblems(section: Section, schema: DigestSchema): Finding[] {
  const expected = schema.bulletLabels.map((label) => label.name).join(', ');
  if (!section.hasList) {
    return [{ span: section.nameSpan, message: `\`## ${section.name}\` has no bullets; expected ${expected}, each as \`- Label: …\`.` }];
  }
  const labelled = section.bullets.filter((bullet) => bullet.label);
  if (!labelled.length) return [];
  const findings: Finding[] = [];
  let lastIndex = -1;
  const seen = new Set<string>();
  for (const bullet of labelled) {
    const name = canonicalLabel(bullet, schema);
    const index = name ? schema.bulletLabels.findIndex((label) => label.name === name) : -1;
    if (!name) {
      findings.push({ span: bullet.label!.span, message: `\`${bullet.label!.value}\` is not a label of \`## ${section.name}\`; expected ${expected}.` });
    } else if (index < lastIndex) {
      findings.push({ span: bullet.label!.span, message: `\`${bullet.label!.value}\` comes too late; the bullets go ${expected}.` });
    }
    if (name) seen.add(name);
    lastIndex = Math.max(lastIndex, index);
  }
  const missing = schema.bulletLabels.filter((label) => !seen.has(label.name)).map((label) => label.name);
  if (missing.length) {
    findings.push({ span: section.nameSpan, message: `\`## ${section.name}\` has no ${missing.join(', ')} bullet; expected ${expected}.` });
  }
  return findings;
}
