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

/** What each field of the schema means, for the settings documentation, in English and Korean. */
export const SCHEMA_FIELDS: Record<keyof DigestSchema, { description: string; descriptionKo: string }> = {
  titlePattern: {
    description: 'The front matter title of a digest; `{date}` stands for YYYY-MM-DD.',
    descriptionKo: '다이제스트의 프런트 매터 제목입니다. `{date}`는 YYYY-MM-DD입니다.',
  },
  layout: { description: 'The `layout` of a digest post.', descriptionKo: '다이제스트 포스트의 `layout`입니다.' },
  sections: {
    description: 'The level-2 section headings of every paper entry, in order.',
    descriptionKo: '모든 논문 항목의 수준 2 섹션 제목을 순서대로 나열합니다.',
  },
  labelledSection: {
    description: 'The section whose bullets carry the labels of `bulletLabels`.',
    descriptionKo: '글머리표에 `bulletLabels`의 레이블이 붙는 섹션입니다.',
  },
  bulletLabels: {
    description: "The labels of that section's bullets, in order, each with the other spellings accepted for it.",
    descriptionKo:
      '그 섹션 글머리표의 레이블을 순서대로 나열하며, 각각 같은 뜻으로 인정하는 다른 표기를 함께 적습니다.',
  },
  paperUrl: {
    description: 'The paper link of a heading; `{id}` stands for the arXiv id.',
    descriptionKo: '제목 줄의 논문 링크입니다. `{id}`는 arXiv ID입니다.',
  },
  alphaxivUrl: {
    description: 'The link of the alphaXiv line; `{lang}` is its language segment, `{id}` the arXiv id.',
    descriptionKo: 'alphaXiv 줄의 링크입니다. `{lang}`은 언어 부분, `{id}`는 arXiv ID입니다.',
  },
  alphaxivLabel: {
    description: 'The link text of the alphaXiv line.',
    descriptionKo: 'alphaXiv 줄의 링크 텍스트입니다.',
  },
  alphaxivHost: {
    description: 'The host name that makes a link under a heading the alphaXiv line.',
    descriptionKo: '제목 줄 아래의 링크를 alphaXiv 줄로 보는 호스트 이름입니다.',
  },
  defaultAlphaxivLanguage: {
    description: 'The language segment of new alphaXiv lines when the post has none yet.',
    descriptionKo: '포스트에 아직 alphaXiv 줄이 없을 때 새 줄에 쓰는 언어 부분입니다.',
  },
  placeholders: {
    description:
      'Texts the generator writes when the paper says nothing on a point (a section holding only one is noted).',
    descriptionKo: '논문에 해당 내용이 없을 때 생성기가 쓰는 문구입니다(이 문구만 있는 섹션을 알려 줍니다).',
  },
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
    return (
      !!value &&
      typeof value === 'object' &&
      Object.entries(reference).every(([k, v]) => sameShape((value as Record<string, unknown>)[k], v))
    );
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
