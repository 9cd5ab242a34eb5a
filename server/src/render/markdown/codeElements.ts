// Code blocks and code spans as kramdown's HTML converter writes them with Jekyll's Rouge setup
// (kramdown/converter/html.rb: convert_codeblock, convert_codespan, add_syntax_highlighter_to_class_attr): Rouge's
// markup when Rouge knows the language, with its token spans for the lexers transcribed here; plain code otherwise.
import type { Element, ElementContent, Properties } from 'hast';
import { rougeHast, rougeTokens } from './rouge';
import { isRougeLanguage } from './rougeLanguages';

/** Attributes as kramdown keeps them: `class` a space-separated string. */
export type CodeAttributes = Record<string, string>;

/** Jekyll's `default_lang`: code with no language is highlighted as plain text. */
const DEFAULT_LANGUAGE = 'plaintext';
const LANGUAGE_CLASS = /\blanguage-(\S+)/;

/** A code block: `text` with its final newline, `attributes` with the fence's language as a `language-…` class. */
export function codeBlockElement(text: string, attributes: CodeAttributes): Element {
  const language = LANGUAGE_CLASS.exec(attributes.class ?? '')?.[1];
  const rest = withoutLanguage(attributes);
  if (isRougeLanguage(language ?? DEFAULT_LANGUAGE)) {
    const highlighted = language ?? DEFAULT_LANGUAGE;
    return element('div', properties(withHighlighterClass(rest, highlighted)), [
      element('div', { className: ['highlight'] }, [
        element('pre', { className: ['highlight'] }, [element('code', {}, colouredCode(text, highlighted))]),
      ]),
    ]);
  }
  const code = element('code', language ? { className: [`language-${language}`] } : {}, [
    { type: 'text', value: text },
  ]);
  return element('pre', properties(rest), [code]);
}

/** A code span with the attributes of its IAL, if any. */
export function codeSpanElement(text: string, attributes: CodeAttributes): Element {
  const language = LANGUAGE_CLASS.exec(attributes.class ?? '')?.[1] ?? DEFAULT_LANGUAGE;
  if (!isRougeLanguage(language)) return element('code', properties(attributes), [{ type: 'text', value: text }]);
  return element('code', properties(withHighlighterClass(attributes, language)), colouredCode(text, language));
}

/** kramdown's `extract_code_language!`: the first `language-…` class leaves the attributes. */
function withoutLanguage(attributes: CodeAttributes): CodeAttributes {
  const { class: className, ...rest } = attributes;
  const left = className?.replace(LANGUAGE_CLASS, '').trim();
  return left ? { ...rest, class: left } : rest;
}

/** kramdown's `add_syntax_highlighter_to_class_attr`: `highlighter-rouge` added, the language class first or kept. */
function withHighlighterClass(attributes: CodeAttributes, language: string): CodeAttributes {
  const className = `${attributes.class ?? ''} highlighter-rouge`.trimStart();
  const languaged = LANGUAGE_CLASS.test(className)
    ? className.replace(LANGUAGE_CLASS, `language-${language}`)
    : `language-${language} ${className}`;
  return { ...attributes, class: languaged };
}

/** Rouge's token spans, or the bare text for a language no lexer here knows. */
function colouredCode(text: string, language: string): ElementContent[] {
  const tokens = rougeTokens(text, language);
  return tokens ? rougeHast(tokens) : [{ type: 'text', value: text }];
}

function properties(attributes: CodeAttributes): Properties {
  const { class: className, ...rest } = attributes;
  return className ? { ...rest, className: className.split(/\s+/) } : rest;
}

function element(tagName: string, props: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties: props, children };
}
