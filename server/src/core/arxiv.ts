/** arXiv identifiers and the URLs that carry them. */

const NEW_STYLE = /^(\d{2})(\d{2})\.(\d{4,5})(v\d+)?$/;
const OLD_STYLE = /^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/(\d{2})(\d{2})\d{3}(v\d+)?$/;

/** True for `YYMM.NNNNN` (4 digits before 2015) with optional `vN`, and for `archive/YYMMNNN`. */
export function isValidArxivId(id: string): boolean {
  const modern = NEW_STYLE.exec(id);
  if (modern) {
    const [, yy, mm, serial] = modern;
    const fiveDigits = Number(yy) >= 15;
    return validMonth(mm) && serial.length === (fiveDigits ? 5 : 4) && Number(`${yy}${mm}`) >= 704;
  }
  const old = OLD_STYLE.exec(id);
  return !!old && validMonth(old[2]);
}

function validMonth(mm: string): boolean {
  const month = Number(mm);
  return month >= 1 && month <= 12;
}

/** The id without its version, so `2510.26794v2` and `2510.26794` are the same paper. */
export function unversionedId(id: string): string {
  return id.replace(/v\d+$/, '');
}

export interface UrlPart {
  value: string;
  /** Offset of the part inside the URL string. */
  offset: number;
}

/** The id in an arXiv abs/pdf URL, with where it sits in the URL. */
export function arxivIdInUrl(url: string): UrlPart | undefined {
  const parsed = safeUrl(url);
  if (!parsed || !/(^|\.)arxiv\.org$/.test(parsed.hostname)) return undefined;
  const match = /^\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?$/.exec(parsed.pathname);
  return match ? locate(url, match[1]) : undefined;
}

export interface AlphaxivParts {
  id?: UrlPart;
  /** The language segment (`ko` in `/ko/overview/ID`); absent means alphaXiv's default. */
  language?: UrlPart;
}

export function alphaxivParts(url: string, host: string): AlphaxivParts | undefined {
  const parsed = safeUrl(url);
  if (!parsed || !(parsed.hostname === host || parsed.hostname.endsWith(`.${host}`))) return undefined;
  const segments = parsed.pathname.split('/').filter(Boolean);
  const kind = segments.findIndex((s) => s === 'overview' || s === 'abs');
  if (kind < 0) return {};
  const language = kind > 0 ? segments[kind - 1] : undefined;
  const id = segments.slice(kind + 1).join('/');
  return {
    id: id ? locate(url, id, parsed.origin.length) : undefined,
    language: language ? locate(url, `/${language}/`, parsed.origin.length, 1) : undefined,
  };
}

function locate(url: string, value: string, from = 0, trim = 0): UrlPart | undefined {
  const at = url.indexOf(value, from);
  if (at < 0) return undefined;
  return { value: trim ? value.slice(trim, -trim) : value, offset: at + trim };
}

function safeUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
