import type { FoldingRange } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { digestOutline, type OutlineNode } from '../../core/outline';
import type { ServerContext } from '../context';
import { digestDocument, type OpenDigest } from '../digestDocument';
import type { Feature } from '../feature';

/** Folds the front matter, each paper and each section, from its first line to its last content line. */
export function provideFoldingRanges({ document, analysis }: OpenDigest): FoldingRange[] {
  return foldingRanges(document, digestOutline(analysis.model));
}

export const foldingRangesFeature: Feature = {
  capabilities: { foldingRangeProvider: true },
  register(context: ServerContext) {
    context.connection.onFoldingRanges(async ({ textDocument }) => {
      const digest = await digestDocument(context, textDocument.uri);
      return digest ? provideFoldingRanges(digest) : [];
    });
  },
};

function foldingRanges(document: TextDocument, nodes: OutlineNode[]): FoldingRange[] {
  return nodes.flatMap((node) => {
    const startLine = document.positionAt(node.span.start).line;
    const endLine = document.positionAt(node.span.end).line;
    const own = endLine > startLine ? [{ startLine, endLine }] : [];
    return [...own, ...foldingRanges(document, node.children)];
  });
}
