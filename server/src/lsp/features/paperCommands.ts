import * as l10n from '@vscode/l10n';
import type { Position } from 'vscode-languageserver';
import { movePaper } from '../../core/authoring/movePaper';
import { renumberPapers } from '../../core/renumberPapers';
import { LineIndex } from '../../core/span';
import {
  DocumentStatusRequest,
  MovePaperRequest,
  RenumberPapersRequest,
  type DocumentEdits,
  type DocumentStatus,
  type Failure,
  type MovePaperParams,
} from '../../protocol/requests';
import type { ServerContext } from '../context';
import { toRange, toTextEdit } from '../convert';
import { digestDocument, type OpenDigest } from '../digestDocument';
import { onDigestRequest, digestOrFailure } from '../digestRequests';
import type { Feature } from '../feature';

/** Whether the document is a digest, and where its first title is (the cursor goes there when a new post opens). */
export function provideDocumentStatus(digest: OpenDigest | undefined): DocumentStatus {
  if (!digest) return { isDigest: false };
  const title = digest.analysis.model.papers[0]?.heading.title;
  return { isDigest: true, firstTitle: title && toRange(digest.document, title.span) };
}

/** Renumber Papers: the edits that number the papers 1, 2, 3…, or a message when there is nothing to do. */
export function provideRenumbering({ document, analysis }: OpenDigest): DocumentEdits {
  const edits = renumberPapers(analysis.model);
  const count = analysis.model.papers.length;
  const message = edits.length
    ? undefined
    : count
      ? l10n.t('The papers are already numbered 1 to {0}.', count)
      : l10n.t('This post has no papers yet.');
  return { version: analysis.version, edits: edits.map((edit) => toTextEdit(document, edit)), message };
}

/** Move Paper Up/Down: one edit that swaps the paper at the cursor with its neighbour, and where the cursor goes. */
export function provideMove(
  { document, analysis }: OpenDigest,
  position: Position,
  direction: MovePaperParams['direction'],
): DocumentEdits | Failure {
  const moved = movePaper(analysis.model, document.offsetAt(position), direction, analysis.settings.schema);
  if ('error' in moved) return moved;
  const cursor = new LineIndex(moved.newText).positionAt(moved.cursor);
  return { version: analysis.version, edits: [toTextEdit(document, moved.edit)], cursor };
}

/** The server side of Renumber Papers and Move Paper Up/Down, and what the client asks of a document. */
export const paperCommandsFeature: Feature = {
  capabilities: {},
  register(context: ServerContext) {
    context.connection.onRequest(DocumentStatusRequest, async ({ textDocument }) =>
      provideDocumentStatus(await digestDocument(context, textDocument.uri)),
    );
    onDigestRequest(context, RenumberPapersRequest, async ({ textDocument }) => {
      const opened = await digestOrFailure(context, textDocument.uri);
      return 'error' in opened ? opened : provideRenumbering(opened);
    });
    onDigestRequest(context, MovePaperRequest, async ({ textDocument, position, direction }) => {
      const opened = await digestOrFailure(context, textDocument.uri);
      return 'error' in opened ? opened : provideMove(opened, position, direction);
    });
  },
};
