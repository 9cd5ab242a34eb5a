import * as l10n from '@vscode/l10n';
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { unversionedId } from '../../core/arxiv';
import type { DigestModel, PaperEntry } from '../../core/model';
import { paperName } from '../../core/outline';
import { paperUrlFor, type DigestSchema } from '../../core/schema';
import type { Span } from '../../core/span';
import { fileKey, type WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { digestDocument, type OpenDigest } from '../digestDocument';
import type { Feature } from '../feature';

/** Places listed in a hover; the rest are counted. */
const LISTED_PLACES = 10;

/** On a paper heading or its alphaXiv line: the paper's number, title and id, and every other entry of it. */
export function provideHover(
  { document, analysis }: OpenDigest,
  position: Position,
  index: WorkspaceIndex,
): Hover | null {
  const hovered = hoveredPaper(analysis.model, document.offsetAt(position));
  if (!hovered) return null;
  const contents = paperHover(document, analysis.model, hovered.paper, analysis.settings.schema, index);
  return { contents: { kind: MarkupKind.Markdown, value: contents }, range: toRange(document, hovered.span) };
}

export const hoverFeature: Feature = {
  capabilities: { hoverProvider: true },
  register(context: ServerContext) {
    context.connection.onHover(async ({ textDocument, position }) => {
      const digest = await digestDocument(context, textDocument.uri);
      return digest ? provideHover(digest, position, context.index) : null;
    });
  },
};

function hoveredPaper(model: DigestModel, offset: number): { paper: PaperEntry; span: Span } | undefined {
  for (const paper of model.papers) {
    const parts = [paper.heading.span, paper.alphaxiv?.span].filter((part): part is Span => !!part);
    const span = parts.find((part) => part.start <= offset && offset <= part.end);
    if (span) return { paper, span };
  }
  return undefined;
}

function paperHover(
  document: TextDocument,
  model: DigestModel,
  paper: PaperEntry,
  schema: DigestSchema,
  index: WorkspaceIndex,
): string {
  const name = `**${escapeMarkdown(paperName(model.text, paper))}**`;
  const id = paper.heading.arxivId?.value;
  if (!id) return `${name}\n\n${l10n.t('No arXiv link, so no other entry can be found.')}`;
  const places = [...otherPosts(document, id, index), ...thisPost(document, model, paper, id)];
  const where = places.length
    ? `${l10n.t('Also in:')}\n${places
        .slice(0, LISTED_PLACES)
        .map((place) => `- ${place}`)
        .join('\n')}${moreThan(places.length)}`
    : l10n.t('In no other post.');
  return `${name}\n\narXiv [${id}](${paperUrlFor(schema, id)})\n\n${where}`;
}

function otherPosts(document: TextDocument, id: string, index: WorkspaceIndex): string[] {
  const self = fileKey(document.uri);
  return index
    .entriesOf(id)
    .filter((entry) => entry.file !== self)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
    .map(
      (entry) =>
        `[${escapeMarkdown(l10n.t('{0}, entry {1}', entry.postTitle, entry.number))}](${lineLink(entry.file, entry.heading.start.line)})`,
    );
}

function thisPost(document: TextDocument, model: DigestModel, hovered: PaperEntry, id: string): string[] {
  return model.papers.flatMap((paper, i) => {
    const other = paper.heading.arxivId;
    if (paper === hovered || !other || unversionedId(other.value) !== unversionedId(id)) return [];
    const number = paper.heading.number?.value ?? i + 1;
    return [
      `[${l10n.t('entry {0} of this post', number)}](${lineLink(document.uri, document.positionAt(paper.heading.span.start).line)})`,
    ];
  });
}

/** A link that opens the file at a line (VS Code reads `#L12`, 1-based). */
function lineLink(uri: string, line: number): string {
  return `${uri}#L${line + 1}`;
}

function moreThan(count: number): string {
  return count > LISTED_PLACES ? `\n\n${l10n.t('and {0} more', count - LISTED_PLACES)}` : '';
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
