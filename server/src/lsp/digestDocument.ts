import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from './analysis';
import type { ServerContext } from './context';

/** An open digest post with the analysis of its current text: what every feature's provider works on. */
export interface OpenDigest {
  document: TextDocument;
  analysis: Analysis;
}

/** The open document and its analysis when it is a digest post; undefined for anything else. */
export async function digestDocument(context: ServerContext, uri: string): Promise<OpenDigest | undefined> {
  const document = context.documents.get(uri);
  if (!document) return undefined;
  const analysis = await context.analysisOf(document);
  return analysis?.isDigest ? { document, analysis } : undefined;
}
