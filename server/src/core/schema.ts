/** The shape of a digest post. Everything a user may override in settings lives here. */
export interface BulletLabel {
  /** The canonical label, written before a colon: `- Goal: ...`. */
  name: string;
  /** Other spellings accepted as the same label (the blog's early posts use Korean ones). */
  aliases: string[];
}

export interface DigestSchema {
  /** Front matter title; `{date}` stands for YYYY-MM-DD. */
  titlePattern: string;
  layout: string;
  /** Level-2 section headings of every paper entry, in order. */
  sections: string[];
  /** The section whose bullets carry the labels below. */
  labelledSection: string;
  bulletLabels: BulletLabel[];
  /** The paper link; `{id}` stands for the arXiv id. */
  paperUrl: string;
  /** The alphaXiv line; `{lang}` is the language segment, `{id}` the arXiv id. */
  alphaxivUrl: string;
  alphaxivLabel: string;
  alphaxivHost: string;
  defaultAlphaxivLanguage: string;
  /** Text the generator writes when the paper says nothing on a point. */
  placeholders: string[];
}

export const DEFAULT_SCHEMA: DigestSchema = {
  titlePattern: 'Daily Papers — {date}',
  layout: 'post',
  sections: ['Introduction', 'Method', 'Results', 'Limitations', 'Conclusion'],
  labelledSection: 'Introduction',
  bulletLabels: [
    { name: 'Goal', aliases: ['목표'] },
    { name: 'Motivation', aliases: ['동기'] },
    { name: 'Contribution', aliases: ['기여'] },
  ],
  paperUrl: 'https://arxiv.org/abs/{id}',
  alphaxivUrl: 'https://www.alphaxiv.org/{lang}/overview/{id}',
  alphaxivLabel: 'Alphaxiv',
  alphaxivHost: 'alphaxiv.org',
  defaultAlphaxivLanguage: 'ko',
  placeholders: ['정보 부족', '정보 부족.', 'N/A'],
};

/** Overrides from settings replace whole fields; unknown or mistyped fields are ignored. */
export function resolveSchema(overrides: Partial<Record<keyof DigestSchema, unknown>> | undefined): DigestSchema {
  const schema: DigestSchema = { ...DEFAULT_SCHEMA };
  if (!overrides || typeof overrides !== 'object') return schema;
  for (const key of Object.keys(DEFAULT_SCHEMA) as (keyof DigestSchema)[]) {
    const value = overrides[key];
    if (value !== undefined && sameShape(value, DEFAULT_SCHEMA[key])) {
      (schema as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return schema;
}

function sameShape(value: unknown, reference: unknown): boolean {
  if (Array.isArray(reference)) {
    return Array.isArray(value) && value.every((item) => sameShape(item, reference[0] ?? item));
  }
  if (reference && typeof reference === 'object') {
    return !!value && typeof value === 'object' &&
      Object.entries(reference).every(([k, v]) => sameShape((value as Record<string, unknown>)[k], v));
  }
  return typeof value === typeof reference;
}

const DATE_SLOT = '{date}';

/** A regular expression for the title pattern, capturing the date. */
export function titleRegExp(schema: DigestSchema): RegExp {
  const [before, after = ''] = schema.titlePattern.split(DATE_SLOT);
  return new RegExp(`^${escapeRegExp(before)}(\\d{4}-\\d{2}-\\d{2})${escapeRegExp(after)}$`);
}

/** A title without the stray quotes the blog's early posts carry (`Daily Papers — 2025-08-29"`). */
export function withoutStrayQuotes(title: string): string {
  return title.replace(/^["']+|["']+$/g, '');
}

export function titleFor(schema: DigestSchema, date: string): string {
  return schema.titlePattern.replace(DATE_SLOT, date);
}

export function paperUrlFor(schema: DigestSchema, id: string): string {
  return schema.paperUrl.replace('{id}', id);
}

export function alphaxivUrlFor(schema: DigestSchema, id: string, lang: string): string {
  const url = schema.alphaxivUrl.replace('{id}', id);
  return lang ? url.replace('{lang}', lang) : url.replace('{lang}/', '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
