import * as vscode from 'vscode';
import type { DigestDocuments } from './digestDocuments';

interface SnippetDefinition {
  prefix: string;
  description: string;
  body: string[];
}

/**
 * Offers snippets/markdown.json in markdown files that are not digests (yet). The file is not
 * contributed through `contributes.snippets`: VS Code can neither hide a contributed snippet in some
 * files nor merge it with the language server's numbered `paper` item, so digests would list `paper` twice.
 */
export function registerStaticSnippets(context: vscode.ExtensionContext, digests: DigestDocuments): void {
  const snippets = readSnippets(vscode.Uri.joinPath(context.extensionUri, 'snippets/markdown.json'));
  const provider: vscode.CompletionItemProvider = {
    async provideCompletionItems(document, position) {
      const typed = document.lineAt(position.line).text.slice(0, position.character);
      if (!/^[A-Za-z]*$/.test(typed) || (await digests.status(document)).isDigest) return undefined;
      const range = new vscode.Range(position.line, 0, position.line, position.character);
      return (await snippets).map((snippet) => snippetItem(snippet, range));
    },
  };
  context.subscriptions.push(vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, provider));
}

/** The extension's own file, read as the platform reads it (from the disk, or over http in a browser). */
async function readSnippets(file: vscode.Uri): Promise<SnippetDefinition[]> {
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  return Object.values(JSON.parse(text) as Record<string, SnippetDefinition>);
}

function snippetItem(snippet: SnippetDefinition, range: vscode.Range): vscode.CompletionItem {
  const body = snippet.body.join('\n');
  const item = new vscode.CompletionItem(
    { label: snippet.prefix, description: 'Paper Digest' },
    vscode.CompletionItemKind.Snippet,
  );
  item.insertText = new vscode.SnippetString(body);
  item.range = range;
  item.detail = snippet.description;
  item.documentation = new vscode.MarkdownString().appendCodeblock(preview(body), 'markdown');
  return item;
}

/** The body as the author will see it: placeholders shown, empty tab stops and escapes removed. */
function preview(body: string): string {
  return body
    .replace(/\$\{\d+:((?:\\.|[^\\}])*)\}/g, '$1')
    .replace(/\$\{\d+\}/g, '')
    .replace(
      /\$\{(CURRENT_[A-Z]+)\}/g,
      (_, name: string) => ({ CURRENT_YEAR: 'YYYY', CURRENT_MONTH: 'MM', CURRENT_DATE: 'DD' })[name] ?? name,
    )
    .replace(/\\(.)/g, '$1');
}
