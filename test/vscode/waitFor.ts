import * as assert from 'assert';
import * as vscode from 'vscode';

/**
 * Resolves with `read()` once `accept` holds, checking now and at every `event`; rejects after
 * `timeoutMs` with what was last read. Event-driven: no polling, no sleeps.
 */
export function waitFor<T>(
  what: string,
  event: vscode.Event<unknown>,
  read: () => T,
  accept: (value: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const value = read();
      if (!accept(value)) return;
      done();
      resolve(value);
    };
    const subscription = event(check);
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${what} within ${timeoutMs} ms; last seen: ${JSON.stringify(read(), null, 1)}`));
    }, timeoutMs);
    const done = (): void => {
      subscription.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

export const SOURCE = 'paper-digest';

/** A diagnostic's code, whether or not it links to its documentation. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** The diagnostics Paper Digest published for `uri`. */
export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
}

/** Our diagnostics for `uri` once `accept` holds, waiting on diagnostics changes. */
export function waitForDiagnostics(
  what: string,
  uri: vscode.Uri,
  accept: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs?: number,
): Promise<vscode.Diagnostic[]> {
  return waitFor(what, vscode.languages.onDidChangeDiagnostics, () => ours(uri), accept, timeoutMs);
}

/** Node's `util.isDeepStrictEqual`, which the web worker host's `util` lacks. */
export function isDeepStrictEqual(actual: unknown, expected: unknown): boolean {
  try {
    assert.deepStrictEqual(actual, expected);
    return true;
  } catch {
    return false;
  }
}
