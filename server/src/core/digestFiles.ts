import picomatch from 'picomatch';
import type { DigestModel } from './model';
import { titleRegExp, withoutStrayQuotes, type DigestSchema } from './schema';

/** Settings change rarely; the bound only keeps a session of many edits to `paperDigest.files` from growing the cache. */
const MAX_MATCHERS = 16;

export interface DigestFileOptions {
  schema: DigestSchema;
  /** Globs (matched against the path relative to the workspace folder) of files that are digests when they hold papers. */
  globs: string[];
}

/**
 * A post is a digest when its title follows the digest pattern, or when its path matches the digest globs
 * and it holds at least one numbered or arXiv-linked paper heading. A post that could not be read (too complex)
 * counts when its path matches the globs or its text holds the title pattern's fixed part.
 */
export function isDigest(model: DigestModel, relativePath: string | undefined, options: DigestFileOptions): boolean {
  if (model.tooComplex)
    return (
      (!!relativePath && matchesGlobs(relativePath, options.globs)) || mayHaveDigestTitle(model.text, options.schema)
    );
  const title = model.frontMatter?.fields.get('title')?.value;
  if (typeof title === 'string' && titleRegExp(options.schema).test(withoutStrayQuotes(title))) return true;
  if (!relativePath || !matchesGlobs(relativePath, options.globs)) return false;
  return model.papers.some(({ heading }) => heading.number || heading.arxivId);
}

/** A quick no for files outside the globs: a digest title must hold the pattern's text before `{date}`. */
export function mayHaveDigestTitle(text: string, schema: DigestSchema): boolean {
  const fixedStart = schema.titlePattern.split('{date}')[0];
  return text.includes(fixedStart);
}

export function matchesGlobs(relativePath: string, globs: string[]): boolean {
  const normalized = relativePath.replace(/\\/g, '/').replace(/^\/+/, '');
  return globs.length > 0 && globMatcher(globs)(normalized);
}

/** Compiled matchers by their globs: indexing asks for the same few globs once per file, and compiling costs more than matching. */
const matchers = new Map<string, picomatch.Matcher>();

function globMatcher(globs: string[]): picomatch.Matcher {
  const key = JSON.stringify(globs);
  let matcher = matchers.get(key);
  if (!matcher) {
    if (matchers.size >= MAX_MATCHERS) matchers.clear();
    matcher = picomatch(globs, { dot: true });
    matchers.set(key, matcher);
  }
  return matcher;
}
