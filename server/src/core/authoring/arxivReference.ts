import * as l10n from '@vscode/l10n';
import { alphaxivParts, arxivIdInUrl, isValidArxivId, unversionedId } from '../arxiv';
import type { DigestSchema } from '../schema';

export type ArxivReference = { id: string } | { error: string };

const HUGGING_FACE_HOSTS = ['huggingface.co', 'hf.co'];

/**
 * The arXiv id (without version) the user means by what they typed or pasted: a bare id, `arXiv:ID`,
 * or a URL of an arXiv abstract or PDF, an alphaXiv overview or a Hugging Face papers page.
 */
export function parseArxivReference(input: string, schema: DigestSchema): ArxivReference {
  const text = input.trim();
  if (!text)
    return {
      error: l10n.t('Enter an arXiv id (2510.26794) or an arXiv abs/pdf, alphaXiv or Hugging Face papers URL.'),
    };
  const bare = text.replace(/^arxiv:\s*/i, '');
  if (isValidArxivId(bare)) return { id: unversionedId(bare) };
  if (!text.includes('/'))
    return { error: l10n.t('`{0}` is not a valid arXiv id: expected YYMM.NNNNN such as 2510.26794, or a URL.', text) };
  const url = asUrl(text);
  if (!url)
    return {
      error: l10n.t(
        '`{0}` is not an arXiv id (2510.26794) or an arXiv abs/pdf, alphaXiv or Hugging Face papers URL.',
        text,
      ),
    };
  const id = idInUrl(url, schema);
  if (id === undefined)
    return {
      error: l10n.t(
        '`{0}` is not a link to a paper: expected an arXiv id (2510.26794) or an arXiv abs/pdf, alphaXiv or Hugging Face papers URL.',
        text,
      ),
    };
  return isValidArxivId(id)
    ? { id: unversionedId(id) }
    : { error: l10n.t('`{0}` in that link is not a valid arXiv id.', id) };
}

function idInUrl(url: URL, schema: DigestSchema): string | undefined {
  const href = url.href;
  const fromArxiv = arxivIdInUrl(href)?.value ?? alphaxivParts(href, schema.alphaxivHost)?.id?.value;
  if (fromArxiv !== undefined) return decoded(fromArxiv);
  if (!HUGGING_FACE_HOSTS.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`))) return undefined;
  const [kind, id] = url.pathname.split('/').filter(Boolean);
  return kind === 'papers' && id ? decoded(id) : undefined;
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The text as a web URL, with `https://` assumed when the scheme is left out (`arxiv.org/abs/…`). */
function asUrl(text: string): URL | undefined {
  if (/\s/.test(text)) return undefined;
  for (const candidate of [text, `https://${text}`]) {
    try {
      const url = new URL(candidate);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.')) return url;
    } catch {
      // not this form; try the next
    }
  }
  return undefined;
}
