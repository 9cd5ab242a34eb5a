import { parseArxivReference } from '../../core/authoring/arxivReference';
import { appendedEntry } from '../../core/authoring/insertion';
import { unversionedId } from '../../core/arxiv';
import { DEFAULT_SCHEMA } from '../../core/schema';
import { fetchArxivPaper } from '../../net/arxivApi';
import { AddPaperRequest, ArxivReferenceRequest } from '../../protocol/requests';
import type { ServerContext } from '../context';
import { toRange } from '../convert';
import { onDigestRequest, openDigest } from '../digestRequests';
import type { Feature } from '../feature';

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
    const opened = await openDigest(context, params.textDocument.uri);
    if ('error' in opened) return opened;
    const { settings, model } = opened.analysis;
    const reference = parseArxivReference(params.reference, settings.schema);
    if ('error' in reference) return reference;
    const { id } = reference;
    const existing = model.papers.find(({ heading }) => heading.arxivId && unversionedId(heading.arxivId.value) === id);
    if (existing && !params.allowDuplicate) {
      return { id, duplicateOf: { number: existing.heading.number?.value, range: toRange(opened.document, existing.heading.span) } };
    }
    let title = params.title;
    if (title === undefined) {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      const answer = await fetchArxivPaper(id, { apiUrl: settings.commands.arxivApiUrl, timeoutMs: settings.commands.arxivTimeoutMs, signal: controller.signal });
      if ('error' in answer) return answer;
      title = answer.paper.title;
    }
    // The user may have typed while arXiv answered: write the entry for the document as it is now.
    const current = await openDigest(context, params.textDocument.uri);
    if ('error' in current) return current;
    const appended = appendedEntry(current.analysis.model, current.analysis.settings.schema, { title, id });
    return {
      version: current.analysis.version,
      id,
      title,
      number: appended.number,
      range: toRange(current.document, appended.span),
      snippet: appended.entry.snippet(),
    };
  });
}
