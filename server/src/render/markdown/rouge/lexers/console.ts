// Rouge 3.30's console lexer (rouge/lexers/console.rb, MIT: console, terminal, shell-session) with its default
// options, as kramdown asks for it: line by line, a prompt (up to the first `$`, `#`, `>` or `;`) then shell code lexed on
// from the line before, `...` lines as comments, any other line as output.
import { TokenList, type Token, type TokenType } from '../regexLexer';
import * as T from '../tokens';
import { shell } from './shell';

const LINE = /[^]*?(?:\n|$)/y;
const SNIP = /^\s*(?:<\.+>|\.+)\s*$/;
const PROMPT = /^[^]*?(?:\$|#|>|;)/;
const LEADING_SPACE = /^\s*/;

type Output = (type: TokenType, value: string) => void;

export const consoleSession = {
  lex(text: string): Token[] {
    const tokens = new TokenList();
    lexLines(text, tokens.add);
    return tokens.tokens;
  },

  /** Rouge's `continue_lex` of this lexer starts afresh on each text. */
  session(output: Output): { continue(text: string): void } {
    return { continue: (text) => lexLines(text, output) };
  },
};

function lexLines(text: string, output: Output): void {
  let code = shell.session(output);
  for (let at = 0; at < text.length;) {
    LINE.lastIndex = at;
    const line = LINE.exec(text)![0];
    at += line.length;
    const prompt = SNIP.test(line) ? undefined : PROMPT.exec(line);
    if (!prompt) {
      code = shell.session(output);
      output(SNIP.test(line) ? T.Comment : T.GenericOutput, line);
      continue;
    }
    output(T.GenericPrompt, prompt[0]);
    const rest = line.slice(prompt[0].length);
    const space = LEADING_SPACE.exec(rest)![0];
    output(T.Whitespace, space);
    code.continue(rest.slice(space.length));
  }
}
