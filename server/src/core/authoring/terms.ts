import type { FrontMatter } from '../model';

/** Front matter fields whose values are lists of terms the author reuses from post to post. */
export const TERM_FIELDS = ['tags', 'categories'] as const;
export type TermField = (typeof TERM_FIELDS)[number];

/** How many posts use each term, per field. */
export type TermCounts = Record<TermField, Map<string, number>>;

/** The terms a post's front matter lists under `field` (a YAML list; a bare word counts as one term). */
export function termsOf(frontMatter: FrontMatter | undefined, field: string): string[] {
  const value = frontMatter?.fields.get(field)?.value;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return items
    .filter((item) => typeof item === 'string' || typeof item === 'number')
    .map(String)
    .filter(Boolean);
}
