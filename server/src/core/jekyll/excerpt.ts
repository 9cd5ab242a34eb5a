// A post's excerpt as Jekyll 4.3 makes it (Jekyll::Excerpt#extract_excerpt): the content up to the first excerpt
// separator, with an end tag added for each Liquid block left open there, and the link definitions it uses. Jekyll
// renders it apart (for feeds and post lists), so a Liquid error in it alone stops the build too.
import type { Span } from '../span';
import type { TagTable } from './liquidTags';

/** `Excerpt::LIQUID_TAG_REGEX`. */
const LIQUID_TAG = /\{%-?\s*(\w+)\s*[^]*?-?%\}/g;
/** `Excerpt::MKDWN_LINK_REF_REGEX`. */
const LINK_DEFINITION = /^ {0,3}(?:(\[[^\]]+\])(:.+))$/gm;

export const DEFAULT_EXCERPT_SEPARATOR = '\n\n';

export interface Excerpt {
  text: string;
  /** How much of the content it holds (the rest of it is what Jekyll added). */
  contentLength: number;
  /** The end tags Jekyll added, each with the tag of the content it closes (found there even in a raw block). */
  closed: ClosedBlock[];
}

export interface ClosedBlock {
  endTag: string;
  /** The tag that made Jekyll add it, in the content. */
  opener: Span;
}

/** Where the excerpt ends in the file, and the site's tags: what Jekyll closes in it. */
export interface ExcerptBound {
  end: number;
  tags: TagTable;
}

/** The excerpt when it differs from the content (a separator with text after it), else undefined. */
export function jekyllExcerpt(content: string, separator: string, tags: TagTable): Excerpt | undefined {
  const at = separator ? content.indexOf(separator) : -1;
  if (at < 0) return undefined;
  const tail = content.slice(at + separator.length);
  if (!tail) return undefined;
  const { text: head, closed } = withEndTags(content.slice(0, at), tags);
  const definitions = [...tail.matchAll(LINK_DEFINITION)]
    .filter(([, label]) => head.includes(label))
    .map(([, label, rest]) => label + rest);
  const text = definitions.length ? `${head}\n\n${definitions.join('\n')}` : head;
  return { text, contentLength: at, closed };
}

/** Whether Jekyll's excerpt would add an end tag to `text` (a block opened in it, even inside `{% raw %}`). */
export function excerptCloses(text: string, tags: TagTable): boolean {
  return withEndTags(text, tags).closed.length > 0;
}

/** `Excerpt#sanctify_liquid_tags`: the last block opened first, each closed unless its end tag is already there. */
function withEndTags(head: string, tags: TagTable): { text: string; closed: ClosedBlock[] } {
  let text = head;
  const closed: ClosedBlock[] = [];
  if (!head.includes('{%')) return { text, closed };
  for (const match of [...head.matchAll(LIQUID_TAG)].reverse()) {
    const name = match[1];
    if (tags[name] !== 'block') continue;
    if (new RegExp(`\\{%-?\\s*end${name}[^]*?\\s*-?%\\}`).test(text)) continue;
    text += `\n{% end${name} %}`;
    closed.push({ endTag: `end${name}`, opener: { start: match.index, end: match.index + match[0].length } });
  }
  return { text, closed };
}
