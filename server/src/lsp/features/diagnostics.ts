import { TextDocumentSaveReason, type Diagnostic } from 'vscode-languageserver';
import { withoutBlanksBeingFilled } from '../../core/entryBeingFilled';
import { CursorNotification } from '../../protocol/requests';
import type { ServerContext } from '../context';
import { toDiagnostic } from '../convert';
import type { OpenDigest } from '../digestDocument';
import type { Feature } from '../feature';

/** The longest a changed post waits before its check: while the author types faster than its checks finish. */
const MAX_PAUSE_MS = 120;

/**
 * The analysis's findings as LSP diagnostics, each with its rule id as code; with the line of the author's cursor,
 * without the blanks of the paper entry being filled there.
 */
export function provideDiagnostics({ document, analysis }: OpenDigest, cursorLine?: number): Diagnostic[] {
  const diagnostics =
    cursorLine === undefined
      ? analysis.diagnostics
      : withoutBlanksBeingFilled(
          analysis.diagnostics,
          analysis.model,
          document.offsetAt({ line: cursorLine, character: 0 }),
        );
  return diagnostics.map((diagnostic) => toDiagnostic(document, diagnostic));
}

/**
 * Publishes diagnostics on open at once and on change after a pause that follows the author's pace (`Pace`); a newer
 * version cancels the older run. The entry under the cursor keeps its blanks quiet until the cursor leaves it or the author saves the post (an auto-save,
 * after a delay or on a change of focus, is no sign the entry is done).
 */
export const diagnosticsFeature: Feature = {
  capabilities: {},
  register: registerDiagnostics,
};

function registerDiagnostics(context: ServerContext): void {
  const { connection, documents } = context;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const cursors = new CursorLines();
  const pace = new Pace();

  const publish = async (uri: string, version: number) => {
    const document = documents.get(uri);
    if (!document || document.version !== version) return;
    const start = pace.checkStarts(uri);
    const analysis = await context.analysisOf(document).finally(() => pace.checkEnds(uri));
    if (!analysis || documents.get(uri)?.version !== version) return;
    pace.checked(uri, start);
    cursors.entriesAt(
      uri,
      analysis.model.papers.map(({ span }) => document.positionAt(span.start).line),
    );
    await connection.sendDiagnostics({
      uri,
      version,
      diagnostics: provideDiagnostics({ document, analysis }, cursors.quietLine(uri)),
    });
  };

  const schedule = (uri: string, version: number, delay: number) => {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        publish(uri, version).catch((error) => context.logError('diagnostics', error));
      }, delay),
    );
  };

  const republish = (uri: string) => {
    const document = documents.get(uri);
    if (document && !timers.has(uri)) schedule(uri, document.version, 0);
  };
  connection.onNotification(CursorNotification, ({ textDocument: { uri }, line }) => {
    if (cursors.move(uri, line)) republish(uri);
  });
  const saveReasons = new Map<string, TextDocumentSaveReason>();
  documents.onWillSave(({ document, reason }) => saveReasons.set(document.uri, reason));
  documents.onDidSave(({ document }) => {
    const reason = saveReasons.get(document.uri);
    saveReasons.delete(document.uri);
    // A client that does not say why it saves (no willSave) saves when the author asks.
    if (reason !== undefined && reason !== TextDocumentSaveReason.Manual) return;
    if (cursors.reveal(document.uri)) republish(document.uri);
  });
  documents.onDidOpen(({ document }) => schedule(document.uri, document.version, 0));
  documents.onDidChangeContent(({ document }) =>
    schedule(document.uri, document.version, pace.pauseAfterChange(document.uri)),
  );
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    pace.forget(document.uri);
    context.forget(document.uri);
    cursors.forget(document.uri);
    saveReasons.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  context.onSettingsChanged(() => {
    for (const document of documents.all()) schedule(document.uri, document.version, 0);
  });
  context.onAnalysesOutdated((uris) => {
    for (const document of uris.flatMap((uri) => documents.get(uri) ?? [])) schedule(document.uri, document.version, 0);
  });
}

interface PostPace {
  /** When the post last changed (`performance.now()`). */
  changedAt: number;
  /** How long its last check that was published took, in ms. */
  checkMs: number;
  /** Its checks under way (one running, maybe a newer one waiting for it). */
  checking: number;
}

/**
 * How long a changed post waits before its check. None while the author types slower than the post's checks finish (a
 * check ends before the next keystroke, so none is wasted); while keystrokes come faster (a change sooner after the
 * last than the last check took, or while a check is under way), as long as the last check took, up to
 * `MAX_PAUSE_MS`: a burst is checked once, when it pauses.
 */
export class Pace {
  private readonly byUri = new Map<string, PostPace>();

  /** `now`: milliseconds on a clock that does not go back. */
  constructor(private readonly now = () => performance.now()) {}

  pauseAfterChange(uri: string): number {
    const post = this.postOf(uri);
    const now = this.now();
    const fast = post.checking > 0 || now - post.changedAt < post.checkMs;
    post.changedAt = now;
    return fast ? Math.min(MAX_PAUSE_MS, post.checkMs) : 0;
  }

  /** A check of the post starts; gives when. */
  checkStarts(uri: string): number {
    this.postOf(uri).checking++;
    return this.now();
  }

  checkEnds(uri: string): void {
    const post = this.byUri.get(uri);
    if (post) post.checking--;
  }

  /** The check started at `start` was published. */
  checked(uri: string, start: number): void {
    this.postOf(uri).checkMs = this.now() - start;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  private postOf(uri: string): PostPace {
    let post = this.byUri.get(uri);
    if (!post) this.byUri.set(uri, (post = { changedAt: -Infinity, checkMs: 0, checking: 0 }));
    return post;
  }
}

interface Cursor {
  line?: number;
  /** The lines of the paper headings. */
  entries: number[];
  /** The heading line of the entry holding the cursor. */
  entry?: number;
  /** Saved since the cursor entered the entry. */
  revealed: boolean;
}

/**
 * Per document, the line of the author's cursor and the paper entry it is in (by the line of its heading, as the last
 * published diagnostics saw the entries: no analysis waits on a cursor move). The author saving shows that entry's blanks;
 * entering another entry quiets the new one's.
 */
class CursorLines {
  private readonly byUri = new Map<string, Cursor>();

  /** Records a move; true when what is quiet changed. */
  move(uri: string, line: number | null): boolean {
    const cursor = this.cursorOf(uri);
    return this.update(cursor, () => {
      cursor.line = line ?? undefined;
    });
  }

  /** The lines of the paper headings, once the post is analysed. */
  entriesAt(uri: string, entries: number[]): void {
    const cursor = this.cursorOf(uri);
    this.update(cursor, () => {
      cursor.entries = entries;
    });
  }

  /** The post was saved: its entry's blanks show. True when that changes what is published. */
  reveal(uri: string): boolean {
    const cursor = this.byUri.get(uri);
    return (
      !!cursor &&
      this.update(cursor, () => {
        cursor.revealed = true;
      })
    );
  }

  quietLine(uri: string): number | undefined {
    const cursor = this.byUri.get(uri);
    return cursor && this.quietEntry(cursor) !== undefined ? cursor.line : undefined;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  private cursorOf(uri: string): Cursor {
    let cursor = this.byUri.get(uri);
    if (!cursor) this.byUri.set(uri, (cursor = { entries: [], revealed: false }));
    return cursor;
  }

  private update(cursor: Cursor, change: () => void): boolean {
    const quietBefore = this.quietEntry(cursor);
    change();
    const entry =
      cursor.line === undefined ? undefined : cursor.entries.filter((start) => start <= cursor.line!).at(-1);
    if (entry !== cursor.entry) cursor.revealed = false;
    cursor.entry = entry;
    return this.quietEntry(cursor) !== quietBefore;
  }

  private quietEntry(cursor: Cursor): number | undefined {
    return cursor.revealed ? undefined : cursor.entry;
  }
}
