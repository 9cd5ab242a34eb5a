import * as l10n from '@vscode/l10n';
import { stringField } from './frontMatter';
import type { DigestModel, FrontMatter, PaperEntry, Section } from './model';
import { withoutStrayQuotes } from './schema';
import { span, type Span } from './span';

export type OutlineKind = 'frontMatter' | 'field' | 'paper' | 'section';

/** One node of a post's outline: what the editor shows as a document symbol and folds as a region. */
export interface OutlineNode {
  kind: OutlineKind;
  /** Never empty (editors reject empty symbol names). */
  name: string;
  detail?: string;
  /** The whole node, up to its last content (trailing blank lines excluded). */
  span: Span;
  /** The part to reveal and select, inside `span`. */
  selectionSpan: Span;
  children: OutlineNode[];
}

/** The post's shape: its front matter with its fields, then each paper with its sections. */
export function digestOutline(model: DigestModel): OutlineNode[] {
  const papers = model.papers.map((paper) => paperNode(model, paper));
  return model.frontMatter ? [frontMatterNode(model.text, model.frontMatter), ...papers] : papers;
}

/** The paper's title with its whitespace collapsed, or the heading's text when it has no link. */
export function paperTitle(text: string, paper: PaperEntry): string {
  const { heading } = paper;
  const title = heading.title?.value ?? text.slice(heading.textStart, heading.span.end);
  return collapseSpaces(title);
}

/** `3. Title` the way the heading shows it, never empty. */
export function paperName(text: string, paper: PaperEntry): string {
  const title = paperTitle(text, paper);
  const { number, title: linkTitle } = paper.heading;
  const name = number && linkTitle ? `${number.value}. ${title}`.trim() : title;
  return name || l10n.t('(empty paper heading)');
}

/** The front matter title without the stray quotes some early posts have. */
export function postTitle(frontMatter: FrontMatter | undefined): string | undefined {
  return withoutStrayQuotes(stringField(frontMatter, 'title') ?? '').trim() || undefined;
}

function frontMatterNode(text: string, frontMatter: FrontMatter): OutlineNode {
  const fields = [...frontMatter.fields.values()].map((field): OutlineNode => ({
    kind: 'field',
    name: field.key || l10n.t('(empty key)'),
    detail: collapseSpaces(text.slice(field.valueSpan.start, field.valueSpan.end)),
    span: span(field.keySpan.start, Math.max(field.keySpan.end, field.valueSpan.end)),
    selectionSpan: field.keySpan,
    children: [],
  }));
  const start = frontMatter.span.start;
  return {
    kind: 'frontMatter',
    name: l10n.t('Front matter'),
    detail: postTitle(frontMatter),
    span: frontMatter.span,
    selectionSpan: span(start, Math.min(start + 3, frontMatter.span.end)),
    children: fields,
  };
}

function paperNode(model: DigestModel, paper: PaperEntry): OutlineNode {
  const { heading } = paper;
  const title = heading.title?.span;
  return {
    kind: 'paper',
    name: paperName(model.text, paper),
    detail: heading.arxivId?.value,
    span: span(heading.span.start, Math.max(paper.contentEnd, heading.span.end)),
    selectionSpan: title && title.end > title.start ? title : heading.span,
    children: paper.sections.map(sectionNode),
  };
}

function sectionNode(section: Section): OutlineNode {
  const { headingSpan, nameSpan } = section;
  return {
    kind: 'section',
    name: section.name || l10n.t('(empty section heading)'),
    span: span(headingSpan.start, Math.max(section.contentSpan?.end ?? 0, headingSpan.end)),
    selectionSpan: nameSpan.end > nameSpan.start ? nameSpan : headingSpan,
    children: [],
  };
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
