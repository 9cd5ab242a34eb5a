import type { Span } from './span';

/** What `parseDigest` knows about a post, every part with its exact source span. */
export interface DigestModel {
  text: string;
  frontMatter?: FrontMatter;
  /** Set when the text opens with a `---` line that is never closed. */
  unclosedFrontMatter?: Span;
  /** Set when the opening `---` line ends with CR alone: Jekyll reads no front matter then (its lines are text). */
  crFrontMatter?: Span;
  papers: PaperEntry[];
  /** Inline or block HTML the way the markdown parser saw it (kramdown hides unknown tags). */
  htmlTokens: TextPart[];
  /** Set when the post was too long to read past its front matter. */
  oversized?: boolean;
  /** Set when reading the post was abandoned (over its deadline or its memory): nothing else of it is known. */
  tooComplex?: TooComplex;
}

export interface TooComplex {
  /** The longest run of repeated markup, the likely cause. */
  repeatedMarkup?: Span;
}

export interface TextPart {
  value: string;
  span: Span;
}

export interface FrontMatter {
  /** The whole block, fences included. */
  span: Span;
  /** The YAML between the fences. */
  yamlSpan: Span;
  errors: TextPart[];
  /** Top-level keys of a YAML mapping, in order. */
  fields: Map<string, FrontMatterField>;
}

export interface FrontMatterField {
  key: string;
  keySpan: Span;
  /** The value as YAML reads it (strings stay strings: no timestamp conversion). */
  value: unknown;
  /** The value's source, quotes included; empty at the end of the key when the value is missing. */
  valueSpan: Span;
  isSequence: boolean;
  /** A plain scalar (no quotes, no tag): Ruby's YAML gives it a type of its own, a timestamp say (`core/jekyll/dates.ts`). */
  plain: boolean;
  /**
   * The value is written as itself: no alias, anchor or tag in it, no comment inside it. Only then may a fix rewrite
   * its span and leave everything else the YAML says as it was.
   */
  writtenAsItself: boolean;
}

export interface PaperEntry {
  /** From the heading to the next paper heading. */
  span: Span;
  heading: PaperHeading;
  alphaxiv?: AlphaxivLine;
  sections: Section[];
  /** End of the last content in the entry (before trailing blank lines). */
  contentEnd: number;
  /** Set when the entry ends in a fenced code or HTML block that is never closed: text added at `contentEnd` falls inside it. */
  openAtEnd?: true;
}

export interface PaperHeading {
  span: Span;
  depth: number;
  /** Where the heading's text begins (after the `#`s and a space). */
  textStart: number;
  number?: { value: number; span: Span };
  title?: TextPart;
  /** The raw source of the title, for checks on how it is written. */
  titleSource?: string;
  link?: { url: string; span: Span; urlSpan?: Span };
  arxivId?: TextPart;
  /** Text after the link, which the format does not allow. */
  trailing?: TextPart;
}

export interface AlphaxivLine {
  span: Span;
  url: string;
  urlSpan?: Span;
  id?: TextPart;
  language?: TextPart;
}

export interface Section {
  name: string;
  nameSpan: Span;
  headingSpan: Span;
  /** From the heading to the next section or paper heading. */
  span: Span;
  /** The content after the heading; undefined when the section is empty. */
  contentSpan?: Span;
  contentText: string;
  bullets: Bullet[];
  /** True when the content has a list at all (bullets are its items). */
  hasList: boolean;
}

export interface Bullet {
  span: Span;
  /** Where the item's text begins, after the list marker. */
  textStart: number;
  label?: TextPart;
  /** Text after the label (or the whole item text when unlabeled), trimmed. */
  content: string;
}
