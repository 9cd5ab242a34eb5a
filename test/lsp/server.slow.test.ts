import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidSaveTextDocumentNotification,
  TextDocumentSaveReason,
  WillSaveTextDocumentNotification,
  type CodeAction,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { paperEntry } from '../../server/src/core/authoring/entry';
import { DEFAULT_SCHEMA } from '../../server/src/core/schema';
import { RENDER_METHOD, type RenderResult } from '../../server/src/protocol/render';
import { CursorNotification } from '../../server/src/protocol/requests';
import { EXAMPLE, EXAMPLE_PATH, post, REPO } from '../helpers';
import { shownContent } from '../render/helpers';
import { LspClient } from './lspClient';

const EXAMPLE_URI = pathToFileURL(EXAMPLE_PATH).href;

describe('language server over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ rootPath: `${REPO}/examples` });
  });
  after(async () => {
    await client.stop();
    assert.equal(client.stderr, '');
  });

  it("publishes the example post's diagnostics on open, none of them errors", async () => {
    const received = client.waitForDiagnostics(EXAMPLE_URI);
    await client.open(EXAMPLE_URI, EXAMPLE);
    const { diagnostics } = await received;
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.character, d.severity, d.source]),
      [
        ['title-spacing', 9, 6, 3, 'paper-digest'],
        ['title-spacing', 30, 6, 3, 'paper-digest'],
      ],
    );
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

  it("publishes a single keystroke's diagnostics for its version, and no older version after it", async () => {
    const uri = pathToFileURL(`${REPO}/examples/_posts/2025-11-05-daily-papers.md`).href;
    const versions: number[] = [];
    client.onDiagnostics((p) => {
      if (p.uri === uri) versions.push(p.version!);
    });
    const opened = client.waitForDiagnostics(uri, (p) => p.version === 1);
    await client.open(uri, EXAMPLE);
    await opened;
    // One character: paper 2 numbered 5.
    const typed = client.waitForDiagnostics(uri, (p) => p.version === 2);
    await client.change(uri, EXAMPLE.replace('# 2. [OmniLayout', '# 5. [OmniLayout'), 2);
    const { diagnostics } = await typed;
    assert.ok(diagnostics.some((d) => d.code === 'paper-numbering'));
    // A burst, then one more keystroke once it is published: every publish in between came in order.
    const burst = Array.from({ length: 12 }, (_, i) => EXAMPLE.replace('Daily', `Daily${'s'.repeat(i)}`));
    const last = client.waitForDiagnostics(uri, (p) => p.version === 2 + burst.length);
    for (const [i, text] of burst.entries()) await client.change(uri, text, 3 + i);
    assert.ok(!(await last).diagnostics.some((d) => d.code === 'paper-numbering'));
    const after = client.waitForDiagnostics(uri, (p) => p.version === 3 + burst.length);
    await client.change(uri, EXAMPLE, 3 + burst.length);
    await after;
    assert.deepEqual(
      versions,
      [...versions].sort((a, b) => a - b),
      `published versions ${versions.join(', ')}`,
    );
    assert.equal(versions.at(-1), 3 + burst.length);
  });

  it('keeps the blanks of the entry under the cursor quiet until the cursor leaves it or the author saves the post', async () => {
    const uri = pathToFileURL(`${REPO}/examples/_posts/2025-11-04-daily-papers.md`).href;
    const filled = post([{ number: 1 }], { date: '2025-11-04 08:15:00', title: '"Daily Papers — 2025-11-04"' });
    const text = `${filled}\n${paperEntry(DEFAULT_SCHEMA, { number: 2, alphaxivLanguage: 'ko' }, '\n').plainText()}`;
    const entryLine = text.split('\n').indexOf('# 2. [Title](https://arxiv.org/abs/ID)');
    const blanks = [
      'arxiv-id',
      'section-empty',
      'section-empty',
      'section-empty',
      'section-empty',
      'intro-bullet-empty',
      'intro-bullet-empty',
      'intro-bullet-empty',
    ];
    /**
     * Runs the step and waits for diagnostics with these codes (the index may publish again in between), of `version`
     * when given.
     */
    const publishes = async (what: string, expected: string[], step: () => Promise<void>, version?: number) => {
      const published = client.waitForDiagnostics(
        uri,
        (p) =>
          (version === undefined || p.version === version) &&
          JSON.stringify(p.diagnostics.map((d) => d.code)) === JSON.stringify(expected),
        5000,
      );
      await step();
      await published.catch((error: Error) => assert.fail(`${what}: ${error.message}`));
    };
    const moveTo = (line: number | null) => () =>
      client.connection.sendNotification(CursorNotification, { textDocument: { uri }, line });
    const save = (reason?: TextDocumentSaveReason) => async () => {
      if (reason !== undefined)
        await client.connection.sendNotification(WillSaveTextDocumentNotification.type, {
          textDocument: { uri },
          reason,
        });
      await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    };
    // An edit in paper 1 after an auto-save: published only once the server has heard the save.
    const editPaperOne = (version: number) => () =>
      client.change(uri, text.replace('## Method\n', `## Method\n${'보완'.repeat(version)} `), version);
    await publishes('opened, no cursor: everything shows', blanks, () => client.open(uri, text));
    await publishes('typing in paper 2', [], moveTo(entryLine + 3));
    await publishes('the cursor left for the front matter', blanks, moveTo(2));
    await publishes('back in paper 2', [], moveTo(entryLine));
    for (const [version, reason] of [
      [2, TextDocumentSaveReason.AfterDelay],
      [3, TextDocumentSaveReason.FocusOut],
    ] as const) {
      const auto = async () => {
        await save(reason)();
        await editPaperOne(version)();
      };
      await publishes(`auto-saved (reason ${reason}), then paper 1 edited`, [], auto, version);
    }
    await publishes('saved by the author', blanks, save(TextDocumentSaveReason.Manual));
    await moveTo(2)();
    await publishes('back in paper 2 after the front matter', [], moveTo(entryLine));
    await publishes('saved by a client that does not say why', blanks, save());
    await moveTo(entryLine + 5)();
    await moveTo(null)();
    await publishes('the cursor came back', [], moveTo(entryLine + 1));
    await publishes('and left the editor', blanks, moveTo(null));
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
    assert.deepEqual(
      actions.map((a) => a.title),
      ['Renumber all papers'],
    );
    const edits = actions[0].edit!.changes![EXAMPLE_URI] as TextEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(EXAMPLE_URI, 'markdown', 5, text), edits);
    assert.equal(fixed, EXAMPLE);
    const after = client.waitForDiagnostics(EXAMPLE_URI, (p) => p.version === 6);
    await client.change(EXAMPLE_URI, fixed, 6);
    assert.ok(!(await after).diagnostics.some((d) => d.code === 'paper-numbering'));
  });

  it('offers a fix-all source action for the errors and warnings', async () => {
    const misnumbered = EXAMPLE.replace('# 2. [OmniLayout', '# 5. [OmniLayout');
    const received = client.waitForDiagnostics(EXAMPLE_URI, (p) => p.version === 7);
    await client.change(EXAMPLE_URI, misnumbered, 7);
    await received;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: EXAMPLE_URI },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => [a.title, a.kind]),
      [['Fix all digest problems', 'source.fixAll.paperDigest']],
    );
    const fixed = TextDocument.applyEdits(
      TextDocument.create(EXAMPLE_URI, 'markdown', 7, misnumbered),
      actions[0].edit!.changes![EXAMPLE_URI],
    );
    assert.equal(fixed, EXAMPLE, 'the numbering is fixed, the title-spacing notes are left');
  });

  it('offers a file rename to make the dates agree', async () => {
    const uri = pathToFileURL(`${REPO}/examples/_posts/2025-11-01-daily-papers.md`).href;
    const received = client.waitForDiagnostics(uri);
    await client.open(uri, post());
    const mismatch = (await received).diagnostics.find((d) => d.code === 'date-mismatch')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: mismatch.range,
      context: { diagnostics: [mismatch] },
    })) as CodeAction[];
    const rename = actions[0].edit!.documentChanges!.find((change) => 'kind' in change && change.kind === 'rename');
    assert.deepEqual(rename, {
      kind: 'rename',
      oldUri: uri,
      newUri: uri.replace('2025-11-01-daily', '2025-10-31-daily'),
    });
  });

  it('renders the open post for the preview, loading the renderer from its own bundle', async () => {
    await client.open(EXAMPLE_URI, EXAMPLE);
    const result = await client.connection.sendRequest<RenderResult>(RENDER_METHOD, {
      uri: EXAMPLE_URI,
      trusted: false,
      remoteContent: false,
      resourceRoots: [],
    });
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
