import type { DocumentLink } from 'vscode-languageserver';
import { paperLinks } from '../../core/paperLinks';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { digestDocument, type OpenDigest } from '../digestDocument';
import type { Feature } from '../feature';

/** Every paper's arXiv and alphaXiv URL as a link that says which paper it opens. */
export function provideDocumentLinks({ document, analysis }: OpenDigest): DocumentLink[] {
  return paperLinks(analysis.model).map((link) => ({
    range: toRange(document, link.span),
    target: link.target,
    tooltip: link.tooltip,
  }));
}

export const documentLinksFeature: Feature = {
  capabilities: { documentLinkProvider: { resolveProvider: false } },
  register(context: ServerContext) {
    context.connection.onDocumentLinks(async ({ textDocument }) => {
      const digest = await digestDocument(context, textDocument.uri);
      return digest ? provideDocumentLinks(digest) : [];
    });
  },
};
