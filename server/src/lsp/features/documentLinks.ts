import { paperLinks } from '../../core/paperLinks';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { digestDocument } from '../digestDocument';
import type { Feature } from '../feature';

/** Every paper's arXiv and alphaXiv URL as a link that says which paper it opens. */
export const documentLinksFeature: Feature = {
  capabilities: { documentLinkProvider: { resolveProvider: false } },
  register(context: ServerContext) {
    context.connection.onDocumentLinks(async ({ textDocument }) => {
      const digest = await digestDocument(context, textDocument.uri);
      if (!digest) return [];
      return paperLinks(digest.analysis.model).map((link) => ({ range: toRange(digest.document, link.span), target: link.target, tooltip: link.tooltip }));
    });
  },
};
