import type { FrontMatter } from '../model';
import { parseDigest } from '../parseDigest';
import type { DigestSchema } from '../schema';

/** Front matter fields whose values are lists of terms the author reuses from post to post. */
export const TERM_FIELDS = ['tags', 'categories'] as const;
export type TermField = (typeof TERM_FIELDS)[number];

/** How many posts use each term, per field. */
export type TermCounts = Record<TermField, Map<string, number>>;

export function emptyTermCounts(): TermCounts {
  return { tags: new Map(), categories: new Map() };
}

/** The terms a post's front matter lists under `field` (a YAML list; a bare word counts as one term). */
export function termsOf(frontMatter: FrontMatter | undefined, field: string): string[] {
  const value = frontMatter?.fields.get(field)?.value;
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  return items.filter((item) => typeof item === 'string' || typeof item === 'number').map(String).filter(Boolean);
}

export function addTerms(counts: TermCounts, frontMatter: FrontMatter | undefined): void {
  for (const field of TERM_FIELDS) {
    for (const term of new Set(termsOf(frontMatter, field))) counts[field].set(term, (counts[field].get(term) ?? 0) + 1);
  }
}

/**
 * The front matter of a post, read without parsing its body: only the text up to the first closing
 * `---` line goes through the markdown parser, which then decides whether it is front matter at all.
 * Reading a whole workspace of posts this way costs a fraction of full parses.
 */
export function frontMatterOf(text: string, schema: DigestSchema): FrontMatter | undefined {
  const closing = /\r?\n---[ \t]*(?:\r?\n|\r|$)/.exec(text.slice(0, MAX_FRONT_MATTER));
  return closing ? parseDigest(text.slice(0, closing.index + closing[0].length), schema).frontMatter : undefined;
}

const MAX_FRONT_MATTER = 64 * 1024;
