import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { IndexedPaper, WorkspaceIndex } from '../../workspace/workspaceIndex';
import type { ServerContext } from '../context';
import type { Feature } from '../feature';

/** Go to Symbol in Workspace: any paper of any post, by title or arXiv id. */
export function provideWorkspaceSymbols(index: WorkspaceIndex, query: string): SymbolInformation[] {
  return index.search(query).map(toSymbol);
}

export const workspaceSymbolsFeature: Feature = {
  capabilities: { workspaceSymbolProvider: true },
  register(context: ServerContext) {
    context.connection.onWorkspaceSymbol(({ query }) => provideWorkspaceSymbols(context.index, query));
  },
};

/** The id goes in the name: editors filter the answers by name, so a search by id must find it there. */
function toSymbol(paper: IndexedPaper): SymbolInformation {
  const title = paper.title || '(empty paper heading)';
  return {
    name: paper.arxivId ? `${title} (${paper.arxivId})` : title,
    kind: SymbolKind.File,
    location: { uri: paper.file, range: paper.heading },
    containerName: `${paper.postTitle}, entry ${paper.number}`,
  };
}
