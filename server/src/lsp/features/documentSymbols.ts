import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { digestOutline, type OutlineKind, type OutlineNode } from '../../core/outline';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { digestDocument, type OpenDigest } from '../digestDocument';
import type { Feature } from '../feature';

/** Shown by VS Code above our tree when another provider (the built-in markdown one) also outlines the file. */
const OUTLINE_LABEL = 'Paper Digest';

const KINDS: Record<OutlineKind, SymbolKind> = {
  frontMatter: SymbolKind.Object,
  field: SymbolKind.Property,
  paper: SymbolKind.File,
  section: SymbolKind.String,
};

/**
 * The Outline view, breadcrumbs and Go to Symbol: front matter, then each paper with its sections; a flat list with
 * containers for clients without hierarchical symbols.
 */
export function provideDocumentSymbols(
  { document, analysis }: OpenDigest,
  hierarchical: boolean,
): DocumentSymbol[] | SymbolInformation[] {
  const outline = digestOutline(analysis.model);
  return hierarchical ? outline.map((node) => toSymbol(document, node)) : flatten(document, outline);
}

export const documentSymbolsFeature: Feature = {
  capabilities: { documentSymbolProvider: { label: OUTLINE_LABEL } },
  register(context: ServerContext) {
    const hierarchical = () =>
      !!context.clientCapabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport;
    context.connection.onDocumentSymbol(async ({ textDocument }) => {
      const digest = await digestDocument(context, textDocument.uri);
      return digest ? provideDocumentSymbols(digest, hierarchical()) : [];
    });
  },
};

function toSymbol(document: TextDocument, node: OutlineNode): DocumentSymbol {
  return {
    name: node.name,
    detail: node.detail,
    kind: KINDS[node.kind],
    range: toRange(document, node.span),
    selectionRange: toRange(document, node.selectionSpan),
    children: node.children.map((child) => toSymbol(document, child)),
  };
}

/** For clients without hierarchical symbols: every node, its parent's name as container. */
function flatten(document: TextDocument, nodes: OutlineNode[], containerName?: string): SymbolInformation[] {
  return nodes.flatMap((node) => [
    {
      name: node.name,
      kind: KINDS[node.kind],
      location: { uri: document.uri, range: toRange(document, node.span) },
      containerName,
    },
    ...flatten(document, node.children, node.name),
  ]);
}
