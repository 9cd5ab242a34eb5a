import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  CompletionTriggerKind,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateDigest } from '../../server/src/core/validate';
import {
  AddPaperRequest,
  ArxivReferenceRequest,
  DocumentStatusRequest,
  MovePaperRequest,
  NewDigestPostRequest,
  RenumberPapersRequest,
  type DocumentEdits,
  type NewDigestPost,
  type PaperToAdd,
} from '../../server/src/protocol/requests';
import { atomFixture, startFakeArxiv, type FakeArxiv } from '../arxivFixtures';
import { post } from '../helpers';
import { fillSnippet, koreanFill } from '../snippetFill';
import { LspClient } from './lspClient';

const SILENT_ID = '2510.11111';
const UNAVAILABLE_ID = '2510.22222';

describe('authoring over the language server protocol', () => {
  let workspace: string;
  let arxiv: FakeArxiv;
  let client: LspClient;
  let version = 1;
  const uriOf = (name: string) => pathToFileURL(join(workspace, '_posts', name)).href;
  const postUri = () => uriOf('2025-10-31-daily-papers.md');
  /**
   * The open post of the first tests: the server indexes an open post a moment after it changes, so the tests after
   * them find it indexed or not, depending on the machine's load. Named like the workspace's posts and tagged only
   * `papers`, it changes nothing they answer either way.
   */
  const firstUri = () => uriOf('2025-10-31-daily-papers-20251031.md');
  const UNTAGGED = { tags: '[papers]' };

  before(async () => {
    workspace = mkdtempSync(join(tmpdir(), 'paper-digest-authoring-'));
    mkdirSync(join(workspace, '_posts'));
    writeFileSync(
      join(workspace, '_posts/2025-09-01-daily-papers-20250901.md'),
      post([{}], { tags: '[papers, arxiv, ai]' }),
    );
    writeFileSync(
      join(workspace, '_posts/2025-09-02-daily-papers-20250902.md'),
      post([{}], { tags: '[papers, hugginface]' }),
    );
    writeFileSync(
      join(workspace, '_posts/2025-09-03-daily-papers-20250903.md'),
      post([{}], { tags: '[papers, hugginface]' }),
    );
    arxiv = await startFakeArxiv((id, _request, response) => {
      if (id === SILENT_ID) return;
      if (id === UNAVAILABLE_ID) return void response.writeHead(503, 'Service Unavailable').end('Rate exceeded.');
      response
        .writeHead(200, { 'content-type': 'application/atom+xml' })
        .end(atomFixture(id === '2510.26794' ? '2510.26794.xml' : 'no-results.xml'));
    });
    client = await LspClient.start({
      rootPath: workspace,
      settings: { arxiv: { apiUrl: arxiv.apiUrl, timeoutMs: 1000 } },
      capabilities: {
        window: { workDoneProgress: true },
        workspace: { configuration: true },
        textDocument: { completion: { completionItem: { snippetSupport: true } } },
      },
    });
    await client.waitForProgressEnd('Paper Digest: indexing posts');
  });

  after(async () => {
    await client.stop();
    await arxiv.close();
    rmSync(workspace, { recursive: true, force: true });
    assert.equal(client.stderr, '');
  });

  const opened = new Set<string>();

  /** Opens the document, or changes its whole text when it is open, and gives the text. */
  async function show(uri: string, text: string): Promise<string> {
    if (opened.has(uri)) await client.change(uri, text, version++);
    else await client.open(uri, text, version++);
    opened.add(uri);
    return text;
  }

  async function complete(
    uri: string,
    text: string,
    offset: number,
    triggerCharacter?: string,
  ): Promise<CompletionItem[]> {
    const position = TextDocument.create(uri, 'markdown', 1, text).positionAt(offset);
    const answer = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position,
      context: triggerCharacter
        ? { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter }
        : { triggerKind: CompletionTriggerKind.Invoked },
    })) as CompletionList | null;
    return answer?.items ?? [];
  }

  function applyItem(uri: string, text: string, item: CompletionItem): string {
    const edit = item.textEdit as TextEdit;
    const filled = { range: edit.range, newText: fillSnippet(edit.newText, koreanFill) };
    return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), [
      filled,
      ...(item.additionalTextEdits ?? []),
    ]);
  }

  const applyEdits = (uri: string, text: string, edits: TextEdit[]) =>
    TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits);
  const ruleIds = (text: string) =>
    validateDigest(text, { fileName: '2025-10-31-daily-papers.md' }).diagnostics.map((d) => d.ruleId);

  it('completes `paper` with the next number as a snippet, and the post is valid once it is filled', async () => {
    const uri = firstUri();
    const text = await show(uri, `${post(undefined, UNTAGGED)}\npa`);
    const items = await complete(uri, text, text.length);
    assert.deepEqual(
      items.map((item) => [item.label, item.insertTextFormat]),
      [['paper', InsertTextFormat.Snippet]],
    );
    assert.match(
      (items[0].textEdit as TextEdit).newText,
      /^# 4\. \[\$\{1:Title\}\]\(https:\/\/arxiv\.org\/abs\/\$\{2:ID\}\)/,
    );
    assert.deepEqual(ruleIds(applyItem(uri, text, items[0])), []);
  });

  // What each provider answers is tested in-process (test/lsp/features/); here, that the server routes each request.
  it('answers the status, renumbering, move and new-post requests over the protocol', async () => {
    const uri = firstUri();
    await show(uri, post([{ number: 1 }, { number: 5 }, { number: 9 }], UNTAGGED));
    assert.equal(
      (await client.connection.sendRequest(DocumentStatusRequest, { textDocument: { uri } })).isDigest,
      true,
    );
    assert.equal(
      ((await client.connection.sendRequest(RenumberPapersRequest, { textDocument: { uri } })) as DocumentEdits).edits
        .length,
      2,
    );
    const move = (await client.connection.sendRequest(MovePaperRequest, {
      textDocument: { uri },
      position: { line: 8, character: 2 },
      direction: 'down',
    })) as DocumentEdits;
    assert.equal(move.edits.length, 1);
    const folderUri = pathToFileURL(workspace).href;
    assert.equal(
      ((await client.connection.sendRequest(NewDigestPostRequest, { folderUri, date: '2025-11-04' })) as NewDigestPost)
        .path,
      '_posts/2025-11-04-daily-papers-20251104.md',
      "named like the workspace's posts",
    );
  });

  it('completes tags from the workspace index the server keeps', async () => {
    // A post never opened before: the index may or may not have read it yet, and either way it adds no tag but papers.
    const uri = uriOf('2025-11-01-daily-papers.md');
    const text = await show(uri, post([{}], { tags: '[papers, ]' }));
    const items = await complete(uri, text, text.indexOf('papers, ') + 8, ' ');
    assert.deepEqual(
      items.map((item) => [item.label, item.detail]),
      [
        ['hugginface', 'tags: used in 2 posts'],
        ['ai', 'tags: used in 1 post'],
        ['arxiv', 'tags: used in 1 post'],
      ],
    );
  });

  it('gives markdown files that are not digests no completion and no status', async () => {
    const uri = pathToFileURL(join(workspace, 'README.md')).href;
    const text = await show(uri, '# My blog\n\np');
    assert.deepEqual(await complete(uri, text, text.length), []);
    assert.deepEqual(await client.connection.sendRequest(DocumentStatusRequest, { textDocument: { uri } }), {
      isDigest: false,
    });
  });

  it('reads arXiv ids and URLs for the input box', async () => {
    assert.deepEqual(
      await client.connection.sendRequest(ArxivReferenceRequest, { text: 'https://huggingface.co/papers/2510.26794' }),
      { id: '2510.26794' },
    );
    assert.match(
      ((await client.connection.sendRequest(ArxivReferenceRequest, { text: 'hello' })) as { error: string }).error,
      /not a valid arXiv id/,
    );
  });

  it('adds a paper from arXiv: fetches the title from the API and appends the numbered entry', async () => {
    const uri = postUri();
    const text = await show(uri, post());
    const answer = (await client.connection.sendRequest(AddPaperRequest, {
      textDocument: { uri },
      reference: 'https://arxiv.org/pdf/2510.26794v1',
    })) as PaperToAdd;
    assert.deepEqual(
      [answer.id, answer.number, answer.title, answer.version],
      ['2510.26794', 4, 'The Quest for Generalizable Motion Generation: Data, Model, and Evaluation', version - 1],
    );
    assert.equal(arxiv.requested.at(-1), '2510.26794');
    const added = applyEdits(uri, text, [{ range: answer.range, newText: fillSnippet(answer.snippet, koreanFill) }]);
    assert.match(
      added,
      /\n\n# 4\. \[The Quest for Generalizable Motion Generation: Data, Model, and Evaluation\]\(https:\/\/arxiv\.org\/abs\/2510\.26794\)\n\n> \[Alphaxiv\]\(https:\/\/www\.alphaxiv\.org\/ko\/overview\/2510\.26794\)\n/,
    );
    assert.deepEqual(ruleIds(added), []);
  });

  it('says when the paper is already in the post, before asking arXiv', async () => {
    const uri = postUri();
    const text = await show(uri, post([{}, { id: '2510.26794' }]));
    const asked = arxiv.requested.length;
    const answer = await client.connection.sendRequest(AddPaperRequest, {
      textDocument: { uri },
      reference: '2510.26794',
    });
    const document = TextDocument.create(uri, 'markdown', 1, text);
    const heading = text.indexOf('# 2.');
    const range = { start: document.positionAt(heading), end: document.positionAt(text.indexOf('\n', heading)) };
    assert.deepEqual(answer, { id: '2510.26794', duplicateOf: { number: 2, range } });
    assert.equal(arxiv.requested.length, asked);
    const anyway = await client.connection.sendRequest(AddPaperRequest, {
      textDocument: { uri },
      reference: '2510.26794',
      allowDuplicate: true,
    });
    assert.equal((anyway as PaperToAdd).number, 3);
  });

  it('answers a clear message for a bad id, a timeout, an HTTP error and an unknown paper', async () => {
    const uri = postUri();
    await show(uri, post());
    const add = async (reference: string) =>
      (
        (await client.connection.sendRequest(AddPaperRequest, { textDocument: { uri }, reference })) as {
          error: string;
        }
      ).error;
    assert.match(await add('2510.2679'), /not a valid arXiv id/);
    assert.equal(
      await add(SILENT_ID),
      'arXiv did not answer within 1 s (paperDigest.arxiv.timeoutMs); try again later.',
    );
    assert.equal(await add(UNAVAILABLE_ID), `arXiv answered HTTP 503 Service Unavailable for ${UNAVAILABLE_ID}.`);
    assert.equal(await add('2510.99999'), 'arXiv has no paper 2510.99999.');
  });
});
