import * as l10n from '@vscode/l10n';
import { canonicalLabel, labelledSection } from '../labels';
import type { Section } from '../model';
import type { DigestSchema } from '../schema';
import type { Finding, Rule } from './rule';
import { INTRODUCTION, paperEntry, withSection } from './examples';

export const introBullets: Rule = {
  id: 'intro-bullets',
  severity: 'warning',
  description:
    'Introduction lacks the Goal, Motivation and Contribution bullets, in that order (unlabeled bullets are accepted).',
  descriptionKo:
    'Introduction에 Goal, Motivation, Contribution 글머리표가 이 순서로 없습니다(레이블 없는 글머리표는 허용됩니다).',
  examples: {
    valid: [
      { text: paperEntry() },
      {
        text: paperEntry(
          withSection(
            'Introduction',
            INTRODUCTION.replace('Goal:', '목표:').replace('Motivation:', '동기:').replace('Contribution:', '기여:'),
          ),
        ),
      },
    ],
    invalid: [
      { text: paperEntry(withSection('Introduction', INTRODUCTION.split('\n').slice(0, 2).join('\n'))) },
      { text: paperEntry(withSection('Introduction', INTRODUCTION.split('\n').reverse().join('\n'))) },
    ],
  },
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
    return [
      {
        span: section.nameSpan,
        message: l10n.t('`## {0}` has no bullets; expected {1}, each as `- Label: …`.', section.name, expected),
      },
    ];
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
      findings.push({
        span: bullet.label!.span,
        message: l10n.t('`{0}` is not a label of `## {1}`; expected {2}.', bullet.label!.value, section.name, expected),
      });
    } else if (index < lastIndex) {
      findings.push({
        span: bullet.label!.span,
        message: l10n.t('`{0}` comes too late; the bullets go {1}.', bullet.label!.value, expected),
      });
    }
    if (name) seen.add(name);
    lastIndex = Math.max(lastIndex, index);
  }
  const missing = schema.bulletLabels.filter((label) => !seen.has(label.name)).map((label) => label.name);
  if (missing.length) {
    findings.push({
      span: section.nameSpan,
      message: l10n.t('`## {0}` has no {1} bullet; expected {2}.', section.name, missing.join(', '), expected),
    });
  }
  return findings;
}
