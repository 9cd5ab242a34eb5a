// A post's excerpt as Jekyll 4.3 makes it (Jekyll::Excerpt#extract_excerpt): the content up to the first excerpt
// separator, with an end tag added for each Liquid block left open there, and the link definitions it uses. Jekyll
// renders it apart (for feeds and post lists), so a Liquid error in it alone stops the build too.
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
}

/** The excerpt when it differs from the content (a separator with text after it), else undefined. */
export function jekyllExcerpt(content: string, separator: string, tags: TagTable): Excerpt | undefined {
  const at = separator ? content.indexOf(separator) : -1;
  if (at < 0) return undefined;
  const tail = content.slice(at + separator.length);
  if (!tail) return undefined;
  let head = content.slice(0, at);
  if (head.includes('{%')) head = withEndTags(head, tags);
  const definitions = [...tail.matchAll(LINK_DEFINITION)]
    .filter(([, label]) => head.includes(label))
    .map(([, label, rest]) => label + rest);
  const text = definitions.length ? `${head}\n\n${definitions.join('\n')}` : head;
  return { text, contentLength: at };
}

/** `Excerpt#sanctify_liquid_tags`: the last block opened first, each closed unless its end tag is already there. */
function withEndTags(head: string, tags: TagTable): string {
  let closed = head;
  const names = [...head.matchAll(LIQUID_TAG)].map((match) => match[1]).reverse();
  for (const name of names) {
    if (tags[name] !== 'block') continue;
    if (new RegExp(`\\{%-?\\s*end${name}[^]*?\\s*-?%\\}`).test(closed)) continue;
    closed += `\n{% end${name} %}`;
  }
  return closed;
}
