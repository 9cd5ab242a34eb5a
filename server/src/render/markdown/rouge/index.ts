// Rouge's colouring of code, for the languages whose lexers are transcribed here; others are left uncoloured.
/*! The lexers of server/src/render/markdown/rouge/ are transcribed from Rouge, Copyright (c) 2012 Jeanine Adkisson, MIT License (see its LICENSE there). */
import type { ElementContent } from 'hast';
import { isRougeLanguage } from '../rougeLanguages';
import type { Token, TokenType } from './regexLexer';
import { bibtex } from './lexers/bibtex';
import { c, cpp } from './lexers/c';
import { consoleSession } from './lexers/console';
import { css } from './lexers/css';
import { diff } from './lexers/diff';
import { docker } from './lexers/docker';
import { go } from './lexers/go';
import { html } from './lexers/html';
import { ini } from './lexers/ini';
import { java } from './lexers/java';
import { javascript, typescript } from './lexers/javascript';
import { json } from './lexers/json';
import { markdownLexer, type Continuing } from './lexers/markdown';
import { python } from './lexers/python';
import { rubyLexer } from './lexers/ruby';
import { rust } from './lexers/rust';
import { shell } from './lexers/shell';
import { sql } from './lexers/sql';
import { tex } from './lexers/tex';
import { toml } from './lexers/toml';
import { yaml } from './lexers/yaml';

interface Lexer {
  lex(code: string): Token[];
  /** A lexing that goes on from one text to the next (Rouge's `continue_lex`). */
  session(output: (type: TokenType, value: string) => void): Continuing;
}

/** Markdown's fenced code: a lexer here, plain text for a language Rouge knows and none here does, or Rouge's guess. */
const markdown = markdownLexer((name, output) => {
  const lexer = lexerNamed(name);
  if (lexer) return lexer.session(output);
  // Rouge guesses a fence with no language from its code; it finds plain text unless a shebang, doctype or modeline names one.
  return name === 'guess' || isRougeLanguage(name) ? undefined : 'unknown';
});

/** Rouge's tags and aliases, as Rouge looks them up (case matters: `LaTeX` is an alias, `Python` is not). */
const LEXERS: Record<string, Lexer> = {
  bibtex,
  bib: bibtex,
  c,
  cpp,
  'c++': cpp,
  console: consoleSession,
  terminal: consoleSession,
  shell_session: consoleSession,
  'shell-session': consoleSession,
  css,
  diff,
  patch: diff,
  udiff: diff,
  docker,
  dockerfile: docker,
  Dockerfile: docker,
  go,
  golang: go,
  html,
  ini,
  java,
  javascript,
  js: javascript,
  typescript,
  ts: typescript,
  json,
  markdown,
  md: markdown,
  mkd: markdown,
  python,
  py: python,
  ruby: rubyLexer,
  rb: rubyLexer,
  rust,
  rs: rust,
  'rust,no_run': rust,
  'rs,no_run': rust,
  'rust,ignore': rust,
  'rs,ignore': rust,
  'rust,should_panic': rust,
  'rs,should_panic': rust,
  shell,
  bash: shell,
  zsh: shell,
  ksh: shell,
  sh: shell,
  sql,
  tex,
  TeX: tex,
  LaTeX: tex,
  latex: tex,
  toml,
  yaml,
  yml: yaml,
};

const PLAIN_TEXT = new Set(['plaintext', 'text']);

/** Rouge's tokens for `code` in `language`, or undefined when no lexer here knows the language. */
export function rougeTokens(code: string, language: string): Token[] | undefined {
  if (PLAIN_TEXT.has(language)) return code ? [['', code]] : [];
  const lexer = lexerNamed(language);
  if (!lexer) return undefined;
  try {
    return lexer.lex(code);
  } catch {
    // Rouge raises too (an emptied state stack): the code stays uncoloured.
    return undefined;
  }
}

function lexerNamed(name: string): Lexer | undefined {
  return Object.hasOwn(LEXERS, name) ? LEXERS[name] : undefined;
}

/** Rouge's HTML formatter as hast: a span with the token's class, or bare text for plain text. */
export function rougeHast(tokens: Token[]): ElementContent[] {
  return tokens.map(([type, value]) =>
    type
      ? { type: 'element', tagName: 'span', properties: { className: [type] }, children: [{ type: 'text', value }] }
      : { type: 'text', value },
  );
}

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** Rouge's escape of code text: `&`, `<` and `>` only. */
export function escapeCode(text: string): string {
  return text.replace(/[&<>]/g, (char) => HTML_SPECIAL[char]);
}

/** Rouge's HTML formatter (rouge/formatters/html.rb) as a string. */
export function rougeHtml(tokens: Token[]): string {
  return tokens
    .map(([type, value]) => (type ? `<span class="${type}">${escapeCode(value)}</span>` : escapeCode(value)))
    .join('');
}
