import type { Diagnostic } from 'vscode-languageserver';
import type { ServerContext } from '../context';
import { toDiagnostic } from '../convert';
import type { OpenDigest } from '../digestDocument';
import type { Feature } from '../feature';

const DEBOUNCE_MS = 120;

/** The analysis's findings as LSP diagnostics, each with its rule id as code. */
export function provideDiagnostics({ document, analysis }: OpenDigest): Diagnostic[] {
  return analysis.diagnostics.map((diagnostic) => toDiagnostic(document, diagnostic));
}

/** Publishes diagnostics on open at once and on change after a pause; a newer version cancels the older run. */
export const diagnosticsFeature: Feature = {
  capabilities: {},
  register: registerDiagnostics,
};

function registerDiagnostics(context: ServerContext): void {
  const { connection, documents } = context;
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const publish = async (uri: string, version: number) => {
    const document = documents.get(uri);
    if (!document || document.version !== version) return;
    const analysis = await context.analysisOf(document);
    if (!analysis || documents.get(uri)?.version !== version) return;
    await connection.sendDiagnostics({ uri, version, diagnostics: provideDiagnostics({ document, analysis }) });
  };

  const schedule = (uri: string, version: number, delay: number) => {
    clearTimeout(timers.get(uri));
    timers.set(uri, setTimeout(() => {
      timers.delete(uri);
      publish(uri, version).catch((error) => context.logError('diagnostics', error));
    }, delay));
  };

  documents.onDidOpen(({ document }) => schedule(document.uri, document.version, 0));
  documents.onDidChangeContent(({ document }) => schedule(document.uri, document.version, DEBOUNCE_MS));
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    context.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });
  context.onSettingsChanged(() => {
    for (const document of documents.all()) schedule(document.uri, document.version, 0);
  });
  context.onAnalysesOutdated((uris) => {
    for (const document of uris.flatMap((uri) => documents.get(uri) ?? [])) schedule(document.uri, document.version, 0);
  });
}
