import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CodeActionRequest, type CodeAction, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RENDER_METHOD, type RenderResult } from '../../server/src/protocol/render';
import { EXAMPLE, EXAMPLE_PATH, post, REPO } from '../helpers';
import { shownContent } from '../render/helpers';
import { LspClient } from './lspClient';

const EXAMPLE_URI = pathToFileURL(EXAMPLE_PATH).href;

describe('language server over stdio', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start({ rootPath: `${REPO}/examples` }); });
  after(async () => {
    await client.stop();
    assert.equal(client.stderr, '');
  });

  it('publishes the example post\'s diagnostics on open, none of them errors', async () => {
    const received = client.waitForDiagnostics(EXAMPLE_URI);
    await client.open(EXAMPLE_URI, EXAMPLE);
    const { diagnostics } = await received;
    assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.severity, d.source]), [
      ['title-spacing', 9, 6, 3, 'paper-digest'],
      ['title-spacing', 30, 6, 3, 'paper-digest'],
    ]);
  });

  it('publishes new diagnostics after a change, for the last version only', async () => {
    const broken = EXAMPLE.replace('# 2. [OmniLayout', '# 5. [OmniLayout');
    const received = client.waitForDiagnostics(EXAMPLE_URI, (p) => p.version === 4);
    await client.change(EXAMPLE_URI, EXAMPLE.replace('Daily', 'Daly'), 2);
    await client.change(EXAMPLE_URI, EXAMPLE, 3);
    await client.change(EXAMPLE_URI, broken, 4);
    const { diagnostics } = await received;
    const numbering = diagnostics.find((d) => d.code === 'paper-numbering');
    assert.ok(numbering, 'paper-numbering reported');
    assert.deepEqual(numbering.range.start, { line: 30, character: 2 });
  });

  it('answers a quick fix that removes the diagnostic once applied', async () => {
    const text = EXAMPLE.replace('# 2. [OmniLayout', '# 5. [OmniLayout');
    const received = client.waitForDiagnostics(EXAMPLE_URI, (p) => p.version === 5);
    await client.change(EXAMPLE_URI, text, 5);
    const { diagnostics } = await received;
    const numbering = diagnostics.find((d) => d.code === 'paper-numbering')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: EXAMPLE_URI },
      range: numbering.range,
      context: { diagnostics: [numbering], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), ['Renumber all papers']);
    const edits = actions[0].edit!.changes![EXAMPLE_URI] as TextEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(EXAMPLE_URI, 'markdown', 5, text), edits);
    assert.equal(fixed, EXAMPLE);
    const after = client.waitForDiagnostics(EXAMPLE_URI, (p) => p.version === 6);
    await client.change(EXAMPLE_URI, fixed, 6);
    assert.ok(!(await after).diagnostics.some((d) => d.code === 'paper-numbering'));
  });

  it('offers a fix-all source action', async () => {
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: EXAMPLE_URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all digest problems', 'source.fixAll.paperDigest']]);
    const fixed = TextDocument.applyEdits(TextDocument.create(EXAMPLE_URI, 'markdown', 6, EXAMPLE), actions[0].edit!.changes![EXAMPLE_URI]);
    assert.doesNotMatch(fixed, / {3}/);
  });

  it('offers a file rename to make the dates agree', async () => {
    const uri = pathToFileURL(`${REPO}/examples/_posts/2025-11-01-daily-papers.md`).href;
    const received = client.waitForDiagnostics(uri);
    await client.open(uri, post());
    const mismatch = (await received).diagnostics.find((d) => d.code === 'date-mismatch')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri }, range: mismatch.range, context: { diagnostics: [mismatch] },
    })) as CodeAction[];
    const rename = actions[0].edit!.documentChanges!.find((change) => 'kind' in change && change.kind === 'rename');
    assert.deepEqual(rename, { kind: 'rename', oldUri: uri, newUri: uri.replace('2025-11-01-daily', '2025-10-31-daily') });
  });

  it('renders the open post for the preview, loading the renderer from its own bundle', async () => {
    await client.open(EXAMPLE_URI, EXAMPLE);
    const result = await client.connection.sendRequest<RenderResult>(RENDER_METHOD, { uri: EXAMPLE_URI, trusted: false, remoteContent: false, resourceRoots: [] });
    assert.equal(result.title, 'Daily Papers — 2025-10-31');
    assert.match(shownContent(result), /<h1 id="1-[^"]+" data-line="9">/);
  });

  it('gives markdown files that are not digests nothing', async () => {
    const uri = pathToFileURL(`${REPO}/README.md`).href;
    const received = client.waitForDiagnostics(uri);
    await client.open(uri, '# Paper Digest\n\nA README with [a link](https://example.com).\n');
    assert.deepEqual((await received).diagnostics, []);
  });
});
