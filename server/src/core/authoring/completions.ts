import * as l10n from '@vscode/l10n';
import { canonicalLabel, labelledSection } from '../labels';
import type { DigestModel, FrontMatterField, PaperEntry } from '../model';
import { parseDigest } from '../parseDigest';
import { postLanguage } from '../postLanguage';
import type { SpanEdit } from '../rules/rule';
import { alphaxivUrlFor, type DigestSchema } from '../schema';
import { lineEnding, type Span } from '../span';
import { bulletText, writePaperEntry, writeSection } from './entry';
import { newEntryFields } from './insertion';
import { PAPER_LABEL } from '../../protocol/snippetPrefixes';
import { SnippetBuilder } from './snippet';
import { TERM_FIELDS, termsOf, type TermCounts, type TermField } from './terms';

export type AuthoringCompletionKind = 'paper' | 'section' | 'label' | 'alphaxiv' | 'term';

/** A completion in core terms; the LSP layer turns it into a CompletionItem. */
export interface AuthoringCompletion {
  label: string;
  kind: AuthoringCompletionKind;
  detail: string;
  /** Markdown shown beside the list. */
  documentation?: string;
  /** What replaces `span`: as a snippet, and as plain text for clients without snippets. */
  snippet: string;
  text: string;
  span: Span;
  filterText: string;
  sortText: string;
  preselect?: boolean;
  additionalEdits?: SpanEdit[];
}

export interface CompletionOptions {
  schema: DigestSchema;
  /** Terms used across the workspace's posts, for `tags` and `categories`. */
  terms?: TermCounts;
}

/** Everything the digest offers at `offset`, given the model of the document as it is. */
export function completionsAt(model: DigestModel, offset: number, options: CompletionOptions): AuthoringCompletion[] {
  const line = lineAround(model.text, offset);
  if (isInFrontMatter(model, offset)) return termCompletions(model, offset, line, options.terms);
  if (model.frontMatter ? offset < model.frontMatter.span.end : model.unclosedFrontMatter) return [];
  const context = lineContext(line.prefix);
  if (!context || line.rest.trim()) return [];
  const writer = new BodyCompletions(model, offset, line, options.schema);
  return withOnePreselected(bodyCompletions(writer, context, line.prefix));
}

function bodyCompletions(writer: BodyCompletions, context: LineContext, prefix: string): AuthoringCompletion[] {
  switch (context) {
    case 'blank':
      return [...writer.labels(), ...writer.alphaxiv(), ...writer.sections(), ...writer.paper()];
    case 'word':
      return writer.paper();
    case 'heading':
      return [...writer.sections(), ...(prefix.startsWith('##') ? [] : writer.paper())];
    case 'bullet':
      return writer.labels();
    case 'quote':
      return writer.alphaxiv();
  }
}

/** Only the first item that asks to be preselected is (a label in Introduction wins over a section). */
function withOnePreselected(items: AuthoringCompletion[]): AuthoringCompletion[] {
  const first = items.findIndex((item) => item.preselect);
  return items.map((item, i) => (item.preselect && i !== first ? { ...item, preselect: false } : item));
}

/** True between the front matter fences, where the fields are. */
export function isInFrontMatter(model: DigestModel, offset: number): boolean {
  const yaml = model.frontMatter?.yamlSpan;
  return !!yaml && offset >= yaml.start && offset <= yaml.end;
}

interface Line {
  start: number;
  end: number;
  /** The line's text before the cursor, and after it. */
  prefix: string;
  rest: string;
}

function lineAround(text: string, offset: number): Line {
  // lastIndexOf clamps a negative start to 0 and would find a break at 0 from offset 0.
  const start = offset > 0 ? Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1 : 0;
  const breaks = [text.indexOf('\n', offset), text.indexOf('\r', offset)].filter((at) => at >= 0);
  const end = breaks.length ? Math.min(...breaks) : text.length;
  return { start, end, prefix: text.slice(start, offset), rest: text.slice(offset, end) };
}

type LineContext = 'blank' | 'word' | 'heading' | 'bullet' | 'quote';

/** What the author is starting to write on this line, from what they typed so far. */
function lineContext(prefix: string): LineContext | undefined {
  if (/^[ \t]*$/.test(prefix)) return 'blank';
  if (/^[A-Za-z]+$/.test(prefix)) return 'word';
  if (/^#{1,2}(?:[ \t]+[A-Za-z]*)?$/.test(prefix)) return 'heading';
  if (/^[-*+](?:[ \t]+[A-Za-z]*)?$/.test(prefix)) return 'bullet';
  if (/^>[ \t]*\[?[A-Za-z]*$/.test(prefix)) return 'quote';
  return undefined;
}

/** True when the parser already reads the line as (part of) a paper or section heading. */
function headingOnLine(model: DigestModel, line: Line): boolean {
  const touches = (span: Span) => span.start <= line.end && span.end >= line.start && span.end > span.start;
  return model.papers.some(
    (paper) => touches(paper.heading.span) || paper.sections.some((section) => touches(section.headingSpan)),
  );
}

/** Completions for the body, read from the post as if the line being typed were still blank. */
class BodyCompletions {
  private readonly structure: DigestModel;
  private readonly paperHere?: PaperEntry;
  private readonly eol: string;

  constructor(
    model: DigestModel,
    private readonly offset: number,
    private readonly line: Line,
    private readonly schema: DigestSchema,
  ) {
    // A `#` being typed (or `-` under a paragraph) already makes a heading that splits the entry or the
    // section: read the post again with the line blanked out, every offset kept, as before the keystroke.
    this.structure = headingOnLine(model, line)
      ? parseDigest(
          model.text.slice(0, line.start) + ' '.repeat(line.end - line.start) + model.text.slice(line.end),
          schema,
        )
      : model;
    this.paperHere = [...this.structure.papers].reverse().find((paper) => paper.heading.span.start < line.start);
    this.eol = lineEnding(model.text);
  }

  /** A whole entry, where one can go: between entries, not inside one (only blank lines up to the next paper). */
  paper(): AuthoringCompletion[] {
    const next = this.structure.papers.find((paper) => paper.heading.span.start >= this.line.end);
    if (/\S/.test(this.structure.text.slice(this.line.end, next?.heading.span.start))) return [];
    const { number, renumberFollowing, fields } = newEntryFields(this.structure, this.schema, this.line.start);
    const [before, after] = this.blankLinesAround();
    const body = writePaperEntry(new SnippetBuilder().text(before), this.schema, fields, this.eol).text(after);
    return [
      {
        ...this.item('paper', PAPER_LABEL, body, '9'),
        detail: l10n.t('Paper {0}: # {0}. [Title](…) with its {1} sections', number, this.schema.sections.length),
        documentation: ['```markdown', body.plainText().trim(), '```'].join('\n'),
        filterText: this.line.prefix.startsWith('#') ? `# ${PAPER_LABEL}` : PAPER_LABEL,
        // Selected over word suggestions, unless a label or section that fits the line comes first.
        preselect: true,
        additionalEdits: renumberFollowing,
      },
    ];
  }

  /** The schema sections this entry lacks, in schema order; the one that belongs here is preselected. */
  sections(): AuthoringCompletion[] {
    const paper = this.paperHere;
    if (!paper) return [];
    const present = new Set(paper.sections.map((section) => section.name));
    const reached = paper.sections
      .filter((section) => section.headingSpan.start < this.line.start)
      .reduce((last, section) => Math.max(last, this.schema.sections.indexOf(section.name)), -1);
    const missing = this.schema.sections.filter((name) => !present.has(name));
    const fitting = missing.find((name) => this.schema.sections.indexOf(name) > reached);
    return missing.map((name) => {
      const body = writeSection(new SnippetBuilder(), this.schema, name, this.eol);
      const order = String(this.schema.sections.indexOf(name)).padStart(2, '0');
      return {
        ...this.item('section', `## ${name}`, body, `3${order}`),
        filterText: `## ${name}`,
        preselect: name === fitting,
      };
    });
  }

  /** The bullet labels the labelled section lacks, when the cursor is in it. */
  labels(): AuthoringCompletion[] {
    const section = this.paperHere && labelledSection(this.paperHere, this.schema);
    if (!section || this.line.start < section.headingSpan.end || this.line.start > section.span.end) return [];
    const used = new Set(section.bullets.map((bullet) => canonicalLabel(bullet, this.schema)));
    const marker = /^[-*+]/.exec(this.line.prefix)?.[0] ?? '-';
    return this.schema.bulletLabels
      .filter((label) => !used.has(label.name))
      .map((label, i) => {
        const text = bulletText(label.name, marker);
        return {
          ...this.item('label', text.trim(), new SnippetBuilder().text(text), `1${i}`),
          filterText: text,
          preselect: i === 0,
        };
      });
  }

  /** The alphaXiv line, with the entry's arXiv id, when the entry has none yet. */
  alphaxiv(): AuthoringCompletion[] {
    const paper = this.paperHere;
    const id = paper?.heading.arxivId?.value;
    if (!paper || paper.alphaxiv || !id) return [];
    const url = alphaxivUrlFor(this.schema, id, postLanguage(this.structure, this.schema));
    const line = `> [${this.schema.alphaxivLabel}](${url})`;
    return [
      {
        ...this.item('alphaxiv', `> [${this.schema.alphaxivLabel}]`, new SnippetBuilder().text(line), '2'),
        detail: url,
        filterText: line,
      },
    ];
  }

  private item(
    kind: AuthoringCompletionKind,
    label: string,
    body: SnippetBuilder,
    sortText: string,
  ): AuthoringCompletion {
    return {
      label,
      kind,
      detail: body.plainText().split(/\r?\n|\r/)[0],
      snippet: body.snippet(),
      text: body.plainText(),
      span: { start: this.line.start, end: this.offset },
      filterText: label,
      sortText,
    };
  }

  /** Line breaks that keep a blank line between the new entry and the text above and below it. */
  private blankLinesAround(): [string, string] {
    const text = this.structure.text;
    const { start, end } = this.line;
    const above = start > 0 ? lineAround(text, start - (text.endsWith('\r\n', start) ? 2 : 1)) : undefined;
    const below = end < text.length ? lineAround(text, end + (text.startsWith('\r\n', end) ? 2 : 1)) : undefined;
    const written = (line: Line | undefined) => !!line && /\S/.test(line.prefix + line.rest);
    return [written(above) ? this.eol : '', written(below) ? this.eol : ''];
  }
}

/** Tags and categories used elsewhere in the workspace, inside the matching front matter field. */
function termCompletions(
  model: DigestModel,
  offset: number,
  line: Line,
  terms: TermCounts | undefined,
): AuthoringCompletion[] {
  const field = fieldAt(model, offset);
  if (!field || !terms || !(TERM_FIELDS as readonly string[]).includes(field.key)) return [];
  const present = new Set(termsOf(model.frontMatter, field.key));
  const word = /[\w.-]*$/.exec(line.prefix)![0];
  const span = { start: offset - word.length, end: offset };
  const bare = field.valueSpan.start === field.valueSpan.end || field.value === null;
  const counts = terms[field.key as TermField];
  return [...counts]
    .filter(([term]) => !present.has(term))
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([term, count], i) => {
      const text = bare && !line.prefix.trimEnd().endsWith('-') ? `[${term}]` : term;
      return {
        label: term,
        kind: 'term' as const,
        detail:
          count === 1 ? l10n.t('{0}: used in 1 post', field.key) : l10n.t('{0}: used in {1} posts', field.key, count),
        snippet: new SnippetBuilder().text(text).snippet(),
        text,
        span,
        filterText: term,
        sortText: String(i).padStart(4, '0'),
      };
    });
}

/** The front matter field whose value the offset is in (after its key, before the next key). */
function fieldAt(model: DigestModel, offset: number): FrontMatterField | undefined {
  const fields = [...(model.frontMatter?.fields.values() ?? [])];
  return fields.find((field, i) => field.keySpan.end < offset && (fields[i + 1]?.keySpan.start ?? Infinity) > offset);
}
