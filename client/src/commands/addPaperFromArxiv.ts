import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
  AddPaperRequest,
  ArxivReferenceRequest,
  isFailure,
  type AddPaperParams,
  type PaperToAdd,
} from '../../../server/src/protocol';
import type { DigestDocuments } from '../suggestions/digestDocuments';
import { clipboardDefault } from './clipboardDefault';
import { activeMarkdownEditor } from './editor';

/** Writing the entry again for a document that keeps changing under it gives up after this many tries. */
const MAX_ATTEMPTS = 3;

/**
 * Add Paper from arXiv: asks for an id or URL (prefilled from the clipboard in the desktop app, when it holds one and
 * answers quickly), fetches
 * the title from the arXiv export API and appends the numbered entry as a snippet, so Tab walks the
 * sections to fill. Any failure leaves the document untouched and says why.
 */
export async function addPaperFromArxiv(client: BaseLanguageClient, digests: DigestDocuments): Promise<void> {
  const editor = activeMarkdownEditor();
  if (!editor) return;
  const document = editor.document;
  if (!(await digests.status(document)).isDigest) {
    const newPost = vscode.l10n.t('New Digest Post');
    const choice = await vscode.window.showWarningMessage(
      vscode.l10n.t('Add Paper from arXiv adds to a digest post, and this file is not one.'),
      newPost,
    );
    if (choice === newPost) await vscode.commands.executeCommand('paperDigest.newDigestPost');
    return;
  }
  const scopeUri = document.uri.toString();
  const reference = await askReference(client, scopeUri);
  if (!reference?.trim()) return;
  await addPaper(client, document, { textDocument: { uri: scopeUri }, reference });
}

/**
 * The input box opens at once; the clipboard's arXiv reference becomes its (selected) default if the clipboard can be
 * read, answers quickly and nothing was typed yet. A reference the server cannot read keeps the box open with the
 * reason.
 */
function askReference(client: BaseLanguageClient, scopeUri: string): Promise<string | undefined> {
  const problemWith = async (text: string) => {
    if (!text.trim()) return undefined;
    const answer = await client.sendRequest(ArxivReferenceRequest, { text, scopeUri });
    return isFailure(answer) ? answer.error : undefined;
  };
  const input = vscode.window.createInputBox();
  input.title = vscode.l10n.t('Add Paper from arXiv');
  input.prompt = vscode.l10n.t('An arXiv id, or an arxiv.org abs/pdf, alphaxiv.org or huggingface.co/papers URL');
  input.placeholder = '2510.26794';
  input.ignoreFocusOut = true;
  input.show();
  if (clipboardAnswers()) {
    void clipboardDefault(
      () => vscode.env.clipboard.readText(),
      async (text) => !(await problemWith(text)),
    ).then((text) => {
      if (!text || input.value) return;
      input.value = text;
      input.valueSelection = [0, text.length];
    });
  }
  input.onDidChangeValue(async (text) => {
    const problem = await problemWith(text);
    if (input.value === text) input.validationMessage = problem;
  });
  return new Promise((resolve) => {
    input.onDidAccept(async () => {
      const text = input.value;
      const problem = await problemWith(text);
      if (input.value !== text) return;
      if (problem) {
        input.validationMessage = problem;
        return;
      }
      resolve(text);
      input.hide();
    });
    input.onDidHide(() => {
      resolve(undefined);
      input.dispose();
    });
  });
}

/**
 * In a browser (vscode.dev, github.dev, code-server), reading the clipboard needs the page's permission, and VS Code
 * answers a read it is refused with an error notification: the box there starts empty (pasting into it needs none).
 */
function clipboardAnswers(): boolean {
  return vscode.env.uiKind === vscode.UIKind.Desktop;
}

async function addPaper(
  client: BaseLanguageClient,
  document: vscode.TextDocument,
  params: AddPaperParams,
): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const answer = await fetchWithProgress(client, params);
    if (!answer) return;
    if (isFailure(answer)) return void vscode.window.showErrorMessage(answer.error);
    if ('duplicateOf' in answer) {
      const { number, range } = answer.duplicateOf;
      const goTo = number === undefined ? vscode.l10n.t('Go to It') : vscode.l10n.t('Go to Paper {0}', number);
      const addAnyway = vscode.l10n.t('Add Anyway');
      const choice = await vscode.window.showWarningMessage(
        vscode.l10n.t('arXiv {0} is already in this post.', answer.id),
        addAnyway,
        goTo,
      );
      if (choice === goTo) return reveal(document, client.protocol2CodeConverter.asRange(range));
      if (choice !== addAnyway) return;
      params = { ...params, allowDuplicate: true };
      continue;
    }
    if (document.version === answer.version) return insertEntry(client, document, answer);
    params = { ...params, title: answer.title };
  }
  void vscode.window.showWarningMessage(
    vscode.l10n.t('The post kept changing while the paper was added; run the command again.'),
  );
}

async function fetchWithProgress(client: BaseLanguageClient, params: AddPaperParams) {
  const title =
    params.title === undefined
      ? vscode.l10n.t('Fetching the paper from arXiv…')
      : vscode.l10n.t('Writing the paper entry…');
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (_progress, token) => {
      try {
        const answer = await client.sendRequest(AddPaperRequest, params, token);
        return token.isCancellationRequested ? undefined : answer;
      } catch (error) {
        if (token.isCancellationRequested) return undefined;
        throw error;
      }
    },
  );
}

async function insertEntry(
  client: BaseLanguageClient,
  document: vscode.TextDocument,
  paper: PaperToAdd,
): Promise<void> {
  const editor = await vscode.window.showTextDocument(document);
  const range = client.protocol2CodeConverter.asRange(paper.range);
  if (!(await editor.insertSnippet(new vscode.SnippetString(paper.snippet), range))) {
    return void vscode.window.showWarningMessage(
      vscode.l10n.t('The paper entry could not be inserted; run the command again.'),
    );
  }
  vscode.window.setStatusBarMessage(vscode.l10n.t('Paper {0}: {1}', paper.number, paper.title), 5000);
}

async function reveal(document: vscode.TextDocument, range: vscode.Range): Promise<void> {
  const editor = await vscode.window.showTextDocument(document);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
