import * as l10n from '@vscode/l10n';
import { arxivRejection, readArxivAtom, type ArxivAnswer } from '../core/authoring/arxivAtom';

export interface ArxivApiOptions {
  /** The export API's query endpoint (`paperDigest.arxiv.apiUrl`). */
  apiUrl: string;
  timeoutMs: number;
  /** Aborts the request when the user cancels. */
  signal?: AbortSignal;
}

const MAX_ANSWER_BYTES = 2 * 1024 * 1024;

/**
 * Asks the arXiv export API for one paper (`?id_list=ID`). Never throws: being offline, a timeout, an
 * HTTP error or an answer that is not the expected Atom feed all come back as a message for the user.
 */
export async function fetchArxivPaper(id: string, options: ArxivApiOptions): Promise<ArxivAnswer> {
  const url = URL.canParse(options.apiUrl) ? new URL(options.apiUrl) : undefined;
  if (url?.protocol !== 'https:' && url?.protocol !== 'http:') {
    return {
      error: l10n.t('The arXiv API URL `{0}` (paperDigest.arxiv.apiUrl) is not an http(s) URL.', options.apiUrl),
    };
  }
  url.searchParams.set('id_list', id);
  url.searchParams.set('max_results', '1');
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/atom+xml' } });
    const body = await limitedText(response, MAX_ANSWER_BYTES);
    if (!response.ok) {
      const reason = arxivRejection(body);
      const status = [response.status, response.statusText].filter(Boolean).join(' ');
      return {
        error: reason
          ? l10n.t('arXiv answered HTTP {0} for {1}: {2}.', status, id, reason)
          : l10n.t('arXiv answered HTTP {0} for {1}.', status, id),
      };
    }
    return readArxivAtom(body, id);
  } catch (error) {
    return { error: failureMessage(error, id, options, timeout.aborted) };
  }
}

function failureMessage(error: unknown, id: string, options: ArxivApiOptions, timedOut: boolean): string {
  if (timedOut)
    return l10n.t(
      'arXiv did not answer within {0} s (paperDigest.arxiv.timeoutMs); try again later.',
      options.timeoutMs / 1000,
    );
  if (options.signal?.aborted) return l10n.t('Fetching {0} was cancelled.', id);
  if (error instanceof Error && error.message === TOO_LARGE)
    return l10n.t(
      "arXiv's answer for {0} is larger than {1} MB; is paperDigest.arxiv.apiUrl right?",
      id,
      MAX_ANSWER_BYTES / 1024 / 1024,
    );
  const cause =
    error instanceof Error && error.cause instanceof Error
      ? error.cause.message
      : error instanceof Error
        ? error.message
        : String(error);
  return l10n.t('Could not reach arXiv at {0} ({1}). Are you offline?', new URL(options.apiUrl).host, cause);
}

const TOO_LARGE = 'answer too large';

async function limitedText(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  const reader = response.body.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > maxBytes) throw new Error(TOO_LARGE);
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}
