// Inline attribute lists and attribute list definitions (kramdown/parser/kramdown/extensions.rb): `{: #id .class
// key="value" ref}` read into an IAL, and an IAL applied to an element's attributes, with the definitions it names.
import type { Ial } from './elements';

const ATTRIBUTE =
  /(?:^|[ \t\n\v\f\r])(?:(\w[\w-]*)=("|')((?:\\\}|\\\2|[^}\x02])*?)\2|(\w[\w-]*)|((?:#[A-Za-z][\w:-]*|\.[^ \t\n\v\f\r.#]+)+))(?=[ \t\n\v\f\r]|\n?$)/g;
const ID_OR_CLASS = /#([A-Za-z][\w:-]*)|\.([^ \t\n\v\f\r.#]+)/g;

export function emptyIal(): Ial {
  return { attributes: Object.create(null) as Record<string, string>, refs: [] };
}

/** Reads the text of an attribute list into `ial`, adding to what it holds. */
export function parseAttributeList(text: string, ial: Ial): void {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === ':') return;
  for (const [, key, quote, value, ref, idsAndClasses] of text.matchAll(ATTRIBUTE)) {
    if (ref !== undefined) ial.refs.push(ref);
    else if (idsAndClasses !== undefined) {
      for (const [, id, className] of idsAndClasses.matchAll(ID_OR_CLASS)) {
        if (className !== undefined) addClass(ial.attributes, className);
        else ial.attributes.id = id;
      }
    } else {
      ial.attributes[key] = value.replace(quote === '"' ? /\\(\}|")/g : /\\(\}|')/g, '$1');
    }
  }
}

/** Adds what one IAL says to another (a span IAL after an element that has one). */
export function mergeIal(into: Ial, from: Ial): void {
  into.refs.push(...from.refs);
  for (const [name, value] of Object.entries(from.attributes)) {
    if (name === 'class') addClass(into.attributes, value);
    else into.attributes[name] = value;
  }
}

/** Applies an IAL to attributes: first the definitions it refers to (recursively), then its own. */
export function applyIal(attr: Record<string, string>, ial: Ial, definitions: Map<string, Ial>, depth = 0): void {
  if (depth > 16) return;
  for (const ref of ial.refs) {
    const definition = definitions.get(ref);
    if (definition) applyIal(attr, definition, definitions, depth + 1);
  }
  for (const [name, value] of Object.entries(ial.attributes)) {
    if (name === 'class') addClass(attr, value);
    else attr[name] = value;
  }
}

function addClass(attributes: Record<string, string>, value: string): void {
  attributes.class = `${attributes.class ?? ''} ${value}`.trimStart();
}
