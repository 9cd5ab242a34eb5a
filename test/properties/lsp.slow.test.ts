// Properties of the language server's handlers (dist/server.js --stdio; `npm run build` first) over mutated posts:
// every request the server announces, at arbitrary places, is answered without an error or an error log, every range in
// every answer lies inside the document, the diagnostics are exactly the core's (those about other posts of the
// workspace lie on the text they name), and every edit applies cleanly.
// Bounds: 40 mutated posts, 4 positions each; 180 s hang guard for the whole property.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import {
  CodeActionRequest,
  CompletionRequest,
  DidCloseTextDocumentNotification,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  type CodeAction,
  type Diagnostic,
  type Position,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isDigest } from '../../server/src/core/digestFiles';
import { DEFAULT_SCHEMA } from '../../server/src/core/schema';
import { validateDigest } from '../../server/src/core/validate';
import { DEFAULT_FILES } from '../../server/src/settings/settings';
import { REPO } from '../helpers';
import { LspClient } from '../lsp/lspClient';
import { errorLogsOf } from '../lsp/rawServer';
import { mutatedPost } from './arbitraries';
import { assertDiagnosticsOnTheirText } from './findings';

const HANG_GUARD = { timeout: 180_000 };
const FOLDER = `${REPO}/.tmp/lsp-properties/_posts`;
const CAPABILITIES = {
  textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } },
  workspace: { workspaceEdit: { documentChanges: true } },
};

/** The rule that looks at the other posts of the workspace (here: the other posts this property opened and closed). */
const WORKSPACE_RULE = 'already-digested';

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

/** Every `{ start, end }` range anywhere in an answer. */
function rangesIn(value: unknown): { start: Position; end: Position }[] {
  if (Array.isArray(value)) return value.flatMap(rangesIn);
  if (!value || typeof value !== 'object') return [];
  const { start, end } = value as Record<string, unknown>;
  const here = isPosition(start) && isPosition(end) ? [{ start, end }] : [];
  return [...here, ...Object.values(value).flatMap(rangesIn)];
}

function isPosition(value: unknown): value is Position {
  return (
    !!value &&
    typeof value === 'object' &&
    typeof (value as Position).line === 'number' &&
    typeof (value as Position).character === 'number'
  );
}

/** A position is inside the document when it survives a round trip through an offset (no line or column past the end). */
function assertInside(document: TextDocument, answer: unknown, what: string): void {
  for (const { start, end } of rangesIn(answer)) {
    for (const position of [start, end])
      assert.deepEqual(
        document.positionAt(document.offsetAt(position)),
        position,
        `${what}: ${JSON.stringify(position)} is outside the document`,
      );
    assert.ok(document.offsetAt(start) <= document.offsetAt(end), `${what}: a range ends before it starts`);
  }
}

/** Applies the edits for this document the way a client does (the library rejects overlapping edits). */
function applies(document: TextDocument, edits: TextEdit[], what: string): void {
  assertInside(document, edits, what);
  assert.doesNotThrow(() => TextDocument.applyEdits(document, edits), what);
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const changes = action.edit?.changes?.[uri] ?? [];
  const documentChanges = (action.edit?.documentChanges ?? []).flatMap((change) =>
    'edits' in change ? change.edits : [],
  );
  return [...changes, ...documentChanges] as TextEdit[];
}

describe('language server handlers over mutated posts', () => {
  let client: LspClient;
  let errors: string[];
  let runs = 0;
  let checked = 0;
  before(async () => {
    client = await LspClient.start({ capabilities: CAPABILITIES });
    errors = errorLogsOf(client);
  });
  after(async () => {
    await client.stop();
    assert.equal(client.stderr, '');
  });

  it(
    "answers every request without an error, inside the document, with the core's diagnostics and edits that apply",
    HANG_GUARD,
    async () => {
      const provides = client.initializeResult!.capabilities;
      await fc.assert(
        fc.asyncProperty(mutatedPost, fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), async (text, points) => {
          const fileName = `2025-10-31-daily-papers-${++runs}.md`;
          const uri = pathToFileURL(`${FOLDER}/${fileName}`).href;
          const document = TextDocument.create(uri, 'markdown', 1, text);
          const textDocument = { uri };
          const published = client.waitForDiagnostics(uri);
          await client.open(uri, text);
          const { diagnostics } = await published;

          const { model, diagnostics: core } = validateDigest(text, { fileName });
          const expected = isDigest(model, `${FOLDER.slice(1)}/${fileName}`, {
            schema: DEFAULT_SCHEMA,
            globs: DEFAULT_FILES,
          })
            ? core.map((d) => [d.ruleId, document.positionAt(d.span.start), document.positionAt(d.span.end), d.message])
            : [];
          const [elsewhere, own] = partition(diagnostics, (d) => d.code === WORKSPACE_RULE);
          assert.deepEqual(
            own.map((d) => [d.code, d.range.start, d.range.end, d.message]),
            expected,
          );
          const asCore = (d: Diagnostic) => ({
            ruleId: String(d.code),
            severity: 'information' as const,
            message: typeof d.message === 'string' ? d.message : d.message.value,
            span: { start: document.offsetAt(d.range.start), end: document.offsetAt(d.range.end) },
          });
          assertDiagnosticsOnTheirText(text, elsewhere.map(asCore), model);
          if (expected.length) checked++;

          const positions = points.map((point) => document.positionAt(point % (text.length + 1)));
          const requests: [string, Promise<unknown>][] = [
            [
              'documentSymbol',
              provides.documentSymbolProvider
                ? client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument })
                : Promise.resolve(),
            ],
            [
              'foldingRange',
              provides.foldingRangeProvider
                ? client.connection.sendRequest(FoldingRangeRequest.type, { textDocument })
                : Promise.resolve(),
            ],
            [
              'documentLink',
              provides.documentLinkProvider
                ? client.connection.sendRequest(DocumentLinkRequest.type, { textDocument })
                : Promise.resolve(),
            ],
            ['documentStatus', client.connection.sendRequest('paperDigest/documentStatus', { textDocument })],
            ...positions.flatMap((position): [string, Promise<unknown>][] => [
              [
                'hover',
                provides.hoverProvider
                  ? client.connection.sendRequest(HoverRequest.type, { textDocument, position })
                  : Promise.resolve(),
              ],
              [
                'completion',
                provides.completionProvider
                  ? client.connection.sendRequest(CompletionRequest.type, { textDocument, position })
                  : Promise.resolve(),
              ],
            ]),
          ];
          for (const [what, answer] of requests) assertInside(document, await answer, what);

          const moves = await Promise.all(
            positions.map((position) =>
              client.connection.sendRequest('paperDigest/movePaper', {
                textDocument,
                position,
                direction: position.line % 2 ? 'up' : 'down',
              }),
            ),
          );
          const renumbering = await client.connection.sendRequest('paperDigest/renumberPapers', { textDocument });
          for (const answer of [...moves, renumbering] as { edits?: TextEdit[] }[])
            if (answer.edits) applies(document, answer.edits, 'paper command');

          const range = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
          const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
            textDocument,
            range,
            context: { diagnostics },
          })) as CodeAction[];
          for (const action of actions) applies(document, editsOf(action, uri), action.title);

          await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument });
          assert.deepEqual(errors, []);
        }),
        { numRuns: 40 },
      );
      assert.ok(checked > 20, `most posts have diagnostics to compare (${checked} of 40)`);
    },
  );
});
