import * as l10n from '@vscode/l10n';
import { movePaper } from '../../core/authoring/movePaper';
import { renumberPapers } from '../../core/renumberPapers';
import { LineIndex } from '../../core/span';
import { DocumentStatusRequest, MovePaperRequest, RenumberPapersRequest } from '../../protocol/requests';
import type { ServerContext } from '../context';
import { toRange, toTextEdit } from '../convert';
import { digestDocument } from '../digestDocument';
import { onDigestRequest, openDigest } from '../digestRequests';
import type { Feature } from '../feature';

/** The server side of Renumber Papers and Move Paper Up/Down, and what the client asks of a document. */
export const paperCommandsFeature: Feature = {
  capabilities: {},
  register: registerPaperCommands,
};

function registerPaperCommands(context: ServerContext): void {
  context.connection.onRequest(DocumentStatusRequest, async ({ textDocument }) => {
    const found = await digestDocument(context, textDocument.uri);
    if (!found) return { isDigest: false };
    const title = found.analysis.model.papers[0]?.heading.title;
    return { isDigest: true, firstTitle: title && toRange(found.document, title.span) };
  });

  onDigestRequest(context, RenumberPapersRequest, async ({ textDocument }) => {
    const opened = await openDigest(context, textDocument.uri);
    if ('error' in opened) return opened;
    const { document, analysis } = opened;
    const edits = renumberPapers(analysis.model);
    const count = analysis.model.papers.length;
    const message = edits.length ? undefined : count ? l10n.t('The papers are already numbered 1 to {0}.', count) : l10n.t('This post has no papers yet.');
    return { version: analysis.version, edits: edits.map((edit) => toTextEdit(document, edit)), message };
  });

  onDigestRequest(context, MovePaperRequest, async ({ textDocument, position, direction }) => {
    const opened = await openDigest(context, textDocument.uri);
    if ('error' in opened) return opened;
    const { document, analysis } = opened;
    const moved = movePaper(analysis.model, document.offsetAt(position), direction, analysis.settings.schema);
    if ('error' in moved) return moved;
    const cursor = new LineIndex(moved.newText).positionAt(moved.cursor);
    return { version: analysis.version, edits: [toTextEdit(document, moved.edit)], cursor };
  });
}
