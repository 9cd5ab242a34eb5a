import { unversionedId } from '../../core/arxiv';
import { parseArxivReference } from '../../core/authoring/arxivReference';
import { appendedEntry } from '../../core/authoring/insertion';
import { DEFAULT_SCHEMA } from '../../core/schema';
import { fetchArxivPaper } from '../../net/arxivApi';
import { AddPaperRequest, ArxivReferenceRequest, type DuplicatePaper, type PaperToAdd } from '../../protocol/requests';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import type { OpenDigest } from '../digestDocument';
import { onDigestRequest, digestOrFailure } from '../digestRequests';
import type { Feature } from '../feature';

/** The entry of the post that already digests the paper with this (unversioned) arXiv id, if any. */
export function findPaperInPost({ document, analysis }: OpenDigest, id: string): DuplicatePaper | undefined {
  const existing = analysis.model.papers.find(
    ({ heading }) => heading.arxivId && unversionedId(heading.arxivId.value) === id,
  );
  return (
    existing && {
      id,
      duplicateOf: { number: existing.heading.number?.value, range: toRange(document, existing.heading.span) },
    }
  );
}

/** The numbered entry for the paper, as a snippet to put in place of the post's trailing blank lines. */
export function provideEntryToAdd({ document, analysis }: OpenDigest, id: string, title: string): PaperToAdd {
  const appended = appendedEntry(analysis.model, analysis.settings.schema, { title, id });
  return {
    version: analysis.version,
    id,
    title,
    number: appended.number,
    range: toRange(document, appended.span),
    snippet: appended.entry.snippet(),
  };
}

/** The server side of Add Paper from arXiv: reading what the user typed, fetching the title, writing the entry. */
export const arxivCommandsFeature: Feature = {
  capabilities: {},
  register: registerArxivCommands,
};

function registerArxivCommands(context: ServerContext): void {
  onDigestRequest(context, ArxivReferenceRequest, async ({ text, scopeUri }) => {
    const schema = scopeUri ? (await context.settings.get(scopeUri)).schema : DEFAULT_SCHEMA;
    return parseArxivReference(text, schema);
  });

  onDigestRequest(context, AddPaperRequest, async (params, token) => {
    const opened = await digestOrFailure(context, params.textDocument.uri);
    if ('error' in opened) return opened;
    const { settings } = opened.analysis;
    const reference = parseArxivReference(params.reference, settings.schema);
    if ('error' in reference) return reference;
    const duplicate = findPaperInPost(opened, reference.id);
    if (duplicate && !params.allowDuplicate) return duplicate;
    let title = params.title;
    if (title === undefined) {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      const answer = await fetchArxivPaper(reference.id, {
        apiUrl: settings.commands.arxivApiUrl,
        timeoutMs: settings.commands.arxivTimeoutMs,
        signal: controller.signal,
      });
      if ('error' in answer) return answer;
      title = answer.paper.title;
    }
    // The user may have typed while arXiv answered: write the entry for the document as it is now.
    const current = await digestOrFailure(context, params.textDocument.uri);
    return 'error' in current ? current : provideEntryToAdd(current, reference.id, title);
  });
}
