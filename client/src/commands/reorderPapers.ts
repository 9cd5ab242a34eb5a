import type { BaseLanguageClient } from 'vscode-languageclient';
import { MovePaperRequest, RenumberPapersRequest } from '../../../server/src/protocol';
import { activeMarkdownEditor, applyDocumentEdits, textDocumentOf } from './editor';

/** Renumber Papers: the headings become 1, 2, 3… in document order. */
export async function renumberPapers(client: BaseLanguageClient): Promise<void> {
  const editor = activeMarkdownEditor();
  if (!editor) return;
  const answer = await client.sendRequest(RenumberPapersRequest, { textDocument: textDocumentOf(editor) });
  await applyDocumentEdits(editor, client, answer);
}

/** Move Paper Up / Down: the entry at the cursor changes place with its neighbour, numbers follow. */
export async function movePaper(client: BaseLanguageClient, direction: 'up' | 'down'): Promise<void> {
  const editor = activeMarkdownEditor();
  if (!editor) return;
  const position = client.code2ProtocolConverter.asPosition(editor.selection.active);
  const answer = await client.sendRequest(MovePaperRequest, {
    textDocument: textDocumentOf(editor),
    position,
    direction,
  });
  await applyDocumentEdits(editor, client, answer);
}
