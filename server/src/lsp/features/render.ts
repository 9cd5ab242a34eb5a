// `paperDigest/render`: the preview asks for a post's HTML. The open document's text is used (it is what the user
// sees); a post not open in the editor is read from disk.
import { readFile } from 'node:fs/promises';
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { RENDER_METHOD, type RenderParams, type RenderResult } from '../../protocol/render';
import type { Feature } from '../feature';

/** The renderer (with sass and liquidjs) is loaded on the first preview, so a server that only checks posts stays small. */
const loadRenderer = () => import('../../render');

export function registerRenderRequest(connection: Connection, documents: TextDocuments<TextDocument>): void {
  connection.onRequest(RENDER_METHOD, async (params: RenderParams): Promise<RenderResult> => {
    const document = documents.get(params.uri);
    const uri = URI.parse(params.uri);
    const filePath = uri.scheme === 'file' ? uri.fsPath : undefined;
    const text = document?.getText() ?? (filePath ? await readFile(filePath, 'utf8') : '');
    const { renderPreview } = await loadRenderer();
    const result = await renderPreview({ text, filePath, allowSite: params.trusted }, { resourceRoots: params.resourceRoots, remoteContent: params.remoteContent, shown: params.shown });
    return { ...result, version: document?.version };
  });
}

export const renderFeature: Feature = {
  capabilities: {},
  register: (context) => registerRenderRequest(context.connection, context.documents),
};
