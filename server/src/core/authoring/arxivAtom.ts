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
  if (!body.startsWith('<')) return { error: `arXiv answered with text instead of an Atom feed: "${body.slice(0, 80)}".` };
  const validation = XMLValidator.validate(body);
  if (validation !== true) return { error: `arXiv's answer is not valid XML (${validation.err.msg}, line ${validation.err.line}).` };
  const feed = (parser.parse(body) as { feed?: unknown }).feed;
  if (!feed || typeof feed !== 'object') return { error: "arXiv's answer is not an Atom feed." };
  const entries = ((feed as { entry?: unknown[] }).entry ?? []).filter(isRecord);
  const rejection = entries.find((entry) => textOf(entry.id).includes('/api/errors'));
  if (rejection) return { error: `arXiv rejected the request: ${textOf(rejection.summary) || 'no reason given'}.` };
  const entry = entries.find((candidate) => {
    const found = arxivIdInUrl(textOf(candidate.id));
    return !!found && unversionedId(found.value) === unversionedId(id);
  });
  if (!entry) return { error: `arXiv has no paper ${id}.` };
  const title = textOf(entry.title).replace(/\s+/g, ' ').trim();
  return title ? { paper: { id: unversionedId(id), title } } : { error: `arXiv's entry for ${id} has no title.` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object';
}

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (isRecord(node) && '#text' in node) return textOf(node['#text']);
  return '';
}
