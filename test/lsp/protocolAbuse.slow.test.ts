// dist/server.js --stdio under abuse: malformed frames, unknown methods, documents never opened, bursts of edits,
// 10,000 edits (memory), and clients that die. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, describe, it, type TestContext } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateDigest } from '../../server/src/core/validate';
import { generatePost } from '../generatedBlog';
import { EXAMPLE, REPO } from '../helpers';
import { inflate } from '../properties/arbitraries';
import { LspClient } from './lspClient';
import { descendants, errorLogsOf, isRunning, RawServer, residentBytes } from './rawServer';

const HANG_GUARD = { timeout: 120_000 };
/** Waits for what the server answers end only well inside the hang guard: a busy machine may take that long. */
const ANSWER_WAIT_MS = 100_000;
/** The 10,000 edits of a long session take minutes on a busy machine: only a hang is guarded against. */
const LONG_SESSION_GUARD = { timeout: 600_000 };
/** The old-generation heap the server gets here: keeping a copy of the post per edit would exhaust it within 2,000 edits. */
const HEAP_LIMIT_MB = 128;
const FILE_NAME = '2025-10-31-daily-papers-20251031.md';
const URI = pathToFileURL(`${REPO}/.tmp/abuse/_posts/${FILE_NAME}`).href;
const NEVER_OPENED = pathToFileURL(`${REPO}/.tmp/abuse/_posts/2025-01-01-never-opened.md`).href;

/** A deterministic stream of numbers in [0, 1), so a failing run can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

const TYPED = ['가', '나', '다', ' ', '#', '[', ']', '\n', '`', '-'];

/** A keystroke somewhere in the post as the client sends it (Incremental sync), Korean text or a deletion. */
function keystroke(document: TextDocument, next: () => number): TextDocumentContentChangeEvent {
  const text = document.getText();
  const at = Math.floor(next() * text.length);
  const remove = next() < 0.2 ? 1 : 0;
  const range = { start: document.positionAt(at), end: document.positionAt(Math.min(text.length, at + remove)) };
  return { range, text: remove ? '' : TYPED[Math.floor(next() * TYPED.length)] };
}

describe('language server under protocol abuse', () => {
  describe('malformed frames and unknown methods', () => {
    let server: RawServer;
    before(async () => {
      server = RawServer.start();
      await server.initialize();
    });
    after(() => server.kill());

    const stillAnswers = async () =>
      assert.ok(
        'result' in (await server.request('workspace/symbol', { query: '' })),
        'the server answers a valid request',
      );

    const bodies: Record<string, string> = {
      'a body that is not JSON': '{"jsonrpc":"2.0","id":',
      'JSON that is not a message': '[1, 2, 3]',
      'a string': '"textDocument/didOpen"',
      null: 'null',
      'an empty object': '{}',
      'a response to nothing': '{"jsonrpc":"2.0","id":424242,"result":{}}',
      'a method that is not a string': '{"jsonrpc":"2.0","method":5}',
      'a notification with params of the wrong shape':
        '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":"x"}}',
      'a change to a document with no uri':
        '{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"contentChanges":[{"text":5}]}}',
      'invalid UTF-8': '{"jsonrpc":"2.0","method":"$/x","params":"\udcff"}',
    };
    for (const [what, body] of Object.entries(bodies)) {
      it(`survives ${what} and answers the next request`, async () => {
        server.send(body);
        await stillAnswers();
      });
    }

    const headers: Record<string, string> = {
      'a frame without Content-Length':
        'Content-Type: application/vscode-jsonrpc\r\n\r\n{"jsonrpc":"2.0","method":"initialized","params":{}}',
      'a Content-Length that is not a number': 'Content-Length: many\r\n\r\n{}',
      'a header line that is not "Name: value"': 'Content-Length 2\r\n\r\n{}',
      'bytes between frames': 'garbage \u0000\u00ff\r\n',
      'a kilobyte of noise without a header end': 'x'.repeat(2000),
      'a header announcing a terabyte': 'Content-Length: 1000000000000\r\n\r\n{"jsonrpc":"2.0",',
    };
    for (const [what, bytes] of Object.entries(headers)) {
      it(`skips ${what} and answers the next request`, async () => {
        server.write(bytes);
        await stillAnswers();
      });
    }

    it('keeps its memory flat when a frame announcing a terabyte is followed by 128 MB of anything', async () => {
      const before = residentBytes(server.process.pid!);
      server.write('Content-Length: 1000000000000\r\n\r\n');
      const noise = 'x'.repeat(2 ** 20);
      for (let i = 0; i < 128; i++) server.write(noise);
      await stillAnswers();
      const grown = residentBytes(server.process.pid!) - before;
      assert.ok(grown < 64 * 2 ** 20, `RSS grew by ${(grown / 2 ** 20).toFixed(0)} MB`);
    });

    it('answers requests with params of the wrong shape with a response, not a crash', async () => {
      for (const [method, params] of [
        ['textDocument/codeAction', null],
        ['textDocument/hover', { textDocument: { uri: 5 }, position: 'x' }],
        ['textDocument/completion', {}],
        ['paperDigest/movePaper', { direction: 7 }],
      ] as const) {
        const response = await server.request(method, params);
        assert.ok('result' in response || 'error' in response, method);
      }
      await stillAnswers();
    });

    it('answers an unknown request with MethodNotFound and ignores unknown notifications', async () => {
      const response = await server.request('paperDigest/noSuchMethod', {});
      assert.equal(response.error?.code, -32601);
      server.send({ jsonrpc: '2.0', method: 'paperDigest/noSuchNotification', params: {} });
      server.send({ jsonrpc: '2.0', method: '$/noSuchNotification', params: {} });
      await stillAnswers();
    });

    it('keeps running through it all', () => assert.equal(server.process.exitCode, null));
  });

  describe('documents never opened', () => {
    let client: LspClient;
    let errors: string[];
    before(async () => {
      client = await LspClient.start();
      errors = errorLogsOf(client);
    });
    after(async () => {
      await client.stop();
      assert.equal(client.stderr, '');
    });

    const position = { line: 3, character: 2 };
    const range = { start: position, end: position };
    const requests: [string, object][] = [
      ['textDocument/codeAction', { textDocument: { uri: NEVER_OPENED }, range, context: { diagnostics: [] } }],
      ['textDocument/completion', { textDocument: { uri: NEVER_OPENED }, position }],
      ['textDocument/hover', { textDocument: { uri: NEVER_OPENED }, position }],
      ['textDocument/documentSymbol', { textDocument: { uri: NEVER_OPENED } }],
      ['textDocument/foldingRange', { textDocument: { uri: NEVER_OPENED } }],
      ['textDocument/documentLink', { textDocument: { uri: NEVER_OPENED } }],
      ['paperDigest/documentStatus', { textDocument: { uri: NEVER_OPENED } }],
      ['paperDigest/renumberPapers', { textDocument: { uri: NEVER_OPENED } }],
      ['paperDigest/movePaper', { textDocument: { uri: NEVER_OPENED }, position, direction: 'down' }],
    ];
    for (const [method, params] of requests) {
      it(`answers ${method} for a document never opened without an error`, async () => {
        await client.connection.sendRequest(method, params);
      });
    }

    it('ignores changes and closes of a document never opened', async () => {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: NEVER_OPENED, version: 2 },
        contentChanges: [{ text: 'x' }],
      });
      await client.connection.sendNotification(DidCloseTextDocumentNotification.type, {
        textDocument: { uri: NEVER_OPENED },
      });
      await client.connection.sendRequest('workspace/symbol', { query: '' });
      assert.deepEqual(errors, []);
    });
  });

  describe('bursts and long sessions', () => {
    let client: LspClient;
    let document: TextDocument;
    let version = 1;
    let errors: string[];
    before(async () => {
      // The posts here are real ones, not pathological: their checks get the longest deadline, so that a busy machine's
      // slowness is never taken for a post too complex to check.
      client = await LspClient.start({
        nodeArgs: [`--max-old-space-size=${HEAP_LIMIT_MB}`],
        settings: { limits: { checkTimeoutMs: 120_000 } },
      });
      errors = errorLogsOf(client);
      document = TextDocument.create(URI, 'markdown', version, generatePost(30));
      const opened = client.waitForDiagnostics(URI, undefined, ANSWER_WAIT_MS);
      await client.open(URI, document.getText(), version);
      await opened;
    });
    after(async () => {
      await client.stop();
      assert.deepEqual(errors, []);
      assert.equal(client.stderr, '');
    });

    const edit = (changes: TextDocumentContentChangeEvent[]) => {
      version++;
      document = TextDocument.update(document, changes, version);
      return client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: URI, version },
        contentChanges: changes,
      });
    };

    it('publishes, after a burst of 1,000 didChange, the diagnostics of the last text', HANG_GUARD, async () => {
      const next = random(1);
      const sent: Promise<void>[] = [];
      for (let i = 0; i < 1000; i++)
        sent.push(
          edit(i % 250 === 249 ? [{ text: document.getText().replace('# 2.', '# 7.') }] : [keystroke(document, next)]),
        );
      await Promise.all(sent);
      const { diagnostics } = await client.waitForDiagnostics(URI, (p) => p.version === version, ANSWER_WAIT_MS);
      const text = document.getText();
      const expected = validateDigest(text, { fileName: FILE_NAME }).diagnostics.map((d) => [
        d.ruleId,
        document.positionAt(d.span.start),
        document.positionAt(d.span.end),
        d.message,
      ]);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range.start, d.range.end, d.message]),
        expected,
      );
    });

    it(
      'opens a 5 MB post, checks its front matter only, and keeps answering while it is edited',
      HANG_GUARD,
      async () => {
        const uri = URI.replace('.md', '-huge.md');
        let huge = TextDocument.create(uri, 'markdown', 1, inflate(EXAMPLE, 5 * 1024 * 1024));
        const opened = client.waitForDiagnostics(uri, undefined, ANSWER_WAIT_MS);
        await client.open(uri, huge.getText());
        assert.deepEqual(
          (await opened).diagnostics.map((d) => d.code),
          ['file-too-large'],
        );
        const next = random(3);
        const last = client.waitForDiagnostics(uri, (p) => p.version === 21, ANSWER_WAIT_MS);
        for (let version = 2; version < 22; version++) {
          const changes = [keystroke(huge, next)];
          huge = TextDocument.update(huge, changes, version);
          await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
            textDocument: { uri, version },
            contentChanges: changes,
          });
          await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
        }
        assert.deepEqual(
          (await last).diagnostics.map((d) => d.code),
          ['file-too-large'],
        );
      },
    );

    it(
      'keeps its memory flat over 10,000 edits typed into the entries, analysed as they come',
      LONG_SESSION_GUARD,
      async (t: TestContext) => {
        const next = random(2);
        const analyse = () =>
          client.connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: URI },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['quickfix'] },
          });
        let typed = 0;
        const type = async (edits: number) => {
          for (let i = 0; i < edits; i++, typed++) {
            const methods = [...document.getText().matchAll(/^## Method *\n/gm)];
            const method = methods[Math.floor(typed / 500) % methods.length];
            const at = document.positionAt(method.index + method[0].length + (typed % 500));
            const backspace = typed % 500 > 0 && next() < 0.15;
            void edit([
              {
                range: { start: backspace ? { ...at, character: at.character - 1 } : at, end: at },
                text: backspace ? '' : '가나다 라'[Math.floor(next() * 5)],
              },
            ]);
            if (i % 5 === 4) await analyse();
          }
        };
        document = TextDocument.create(URI, 'markdown', ++version, generatePost(30));
        await client.change(URI, document.getText(), version);
        await type(1000);
        const warm = residentBytes(client.process.pid!);
        await type(9000);
        const last = residentBytes(client.process.pid!);
        const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
        t.diagnostic(
          `server RSS after 1,000 edits ${mb(warm)}, after 10,000 ${mb(last)} (${last >= warm ? '+' : ''}${mb(last - warm)})`,
        );
        assert.ok(last - warm < 64 * 2 ** 20, `RSS grew from ${mb(warm)} to ${mb(last)}`);
      },
    );
  });

  describe('a client that dies', () => {
    const deaths: Record<string, () => Promise<RawServer>> = {
      'the process named by --clientProcessId dies': async () => {
        const client = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
        const server = RawServer.start([`--clientProcessId=${client.pid}`]);
        await server.initialize(client.pid);
        setImmediate(() => client.kill('SIGKILL'));
        return server;
      },
      'its input closes': async () => {
        const server = RawServer.start();
        await server.initialize();
        setImmediate(() => server.process.stdin!.end());
        return server;
      },
    };
    for (const [when, die] of Object.entries(deaths)) {
      it(`exits, leaving no process behind, when ${when}`, HANG_GUARD, async () => {
        const server = await die();
        const children = descendants(server.process.pid!);
        await server.exited();
        assert.deepEqual(children.filter(isRunning), []);
      });
    }

    it('exits with 0 after shutdown and exit', HANG_GUARD, async () => {
      const server = RawServer.start();
      await server.initialize();
      await server.request('shutdown', null);
      server.send({ jsonrpc: '2.0', method: 'exit' });
      assert.equal(await server.exited(), 0);
    });
  });
});
