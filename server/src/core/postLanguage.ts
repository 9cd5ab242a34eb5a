import type { DigestModel } from './model';
import type { DigestSchema } from './schema';

/** The alphaXiv language segment most entries of the post use (`ko`), or the schema's default. */
export function postLanguage(model: DigestModel, schema: DigestSchema): string {
  const counts = new Map<string, number>();
  for (const { alphaxiv } of model.papers) {
    if (!alphaxiv?.id) continue;
    const language = alphaxiv.language?.value ?? '';
    counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  let best = schema.defaultAlphaxivLanguage;
  let bestCount = 0;
  for (const [language, count] of counts) {
    if (count > bestCount) [best, bestCount] = [language, count];
  }
  return best;
}
