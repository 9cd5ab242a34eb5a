import * as l10n from '@vscode/l10n';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { arxivIdInUrl, unversionedId } from '../arxiv';

export interface ArxivPaper {
  /** Without version, as the digest links it. */
  id: string;
  /** On one line: arXiv wraps long titles. */
  title: string;
}

export type ArxivAnswer = { paper: ArxivPaper } | { error: string };

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  isArray: (name) => name === 'entry',
});

/**
 * Reads the arXiv export API's Atom answer for one id. arXiv reports a bad request as a feed whose only
 * entry is titled `Error` (with HTTP 200), and an unknown id as a feed without that paper.
 */
export function readArxivAtom(xml: string, id: string): ArxivAnswer {
  const body = xml.trim();
  if (!body.startsWith('<'))
    return { error: l10n.t('arXiv answered with text instead of an Atom feed: "{0}".', body.slice(0, 80)) };
  const validation = XMLValidator.validate(body);
  if (validation !== true)
    return {
      error: l10n.t("arXiv's answer is not valid XML ({0}, line {1}).", validation.err.msg, validation.err.line),
    };
  const entries = feedEntries(body);
  if (!entries) return { error: l10n.t("arXiv's answer is not an Atom feed.") };
  const rejection = rejectionIn(entries);
  if (rejection !== undefined)
    return { error: l10n.t('arXiv rejected the request: {0}.', rejection || l10n.t('no reason given')) };
  const entry = entries.find((candidate) => {
    const found = arxivIdInUrl(textOf(candidate.id));
    return !!found && unversionedId(found.value) === unversionedId(id);
  });
  if (!entry) return { error: l10n.t('arXiv has no paper {0}.', id) };
  const title = textOf(entry.title).replace(/\s+/g, ' ').trim();
  return title
    ? { paper: { id: unversionedId(id), title } }
    : { error: l10n.t("arXiv's entry for {0} has no title.", id) };
}

/** The reason arXiv gives in an error entry (`incorrect id format for …`), if the text is such a feed. */
export function arxivRejection(xml: string): string | undefined {
  const body = xml.trim();
  const entries = body.startsWith('<') && XMLValidator.validate(body) === true ? feedEntries(body) : undefined;
  return entries && rejectionIn(entries);
}

function feedEntries(xml: string): Record<string, unknown>[] | undefined {
  const feed = (parser.parse(xml) as { feed?: unknown }).feed;
  return isRecord(feed) ? ((feed.entry as unknown[] | undefined) ?? []).filter(isRecord) : undefined;
}

function rejectionIn(entries: Record<string, unknown>[]): string | undefined {
  const rejection = entries.find((entry) => textOf(entry.id).includes('/api/errors'));
  return rejection && textOf(rejection.summary);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object';
}

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (isRecord(node) && '#text' in node) return textOf(node['#text']);
  return '';
}
