import type { Bullet, PaperEntry, Section } from './model';
import type { DigestSchema } from './schema';

/** The section whose bullets carry the Goal / Motivation / Contribution labels. */
export function labelledSection(paper: PaperEntry, schema: DigestSchema): Section | undefined {
  return paper.sections.find((section) => section.name === schema.labelledSection);
}

/** The canonical label a bullet's label stands for (`목표` → `Goal`), or undefined when unknown. */
export function canonicalLabel(bullet: Bullet, schema: DigestSchema): string | undefined {
  const written = bullet.label?.value.toLowerCase();
  if (!written) return undefined;
  return schema.bulletLabels.find(
    (label) => label.name.toLowerCase() === written || label.aliases.some((alias) => alias.toLowerCase() === written),
  )?.name;
}
