// Rouge's RegexLexer (rouge/regex_lexer.rb and lexer.rb) in TypeScript: a stack of states, each a list of rules tried
// in order at the scan position; the first that matches yields tokens and may push or pop states; no match yields
// one character as an error. Consecutive tokens of one type are merged, as Rouge's `continue_lex` does.
import type { RubyRegex } from './rubyRegex';
import { Error as ErrorToken } from './tokens';

/** A token type, by the class Rouge writes for it ('' for plain text). */
export type TokenType = string;
export type Token = [type: TokenType, value: string];

/** What a rule does with its match, in the lexer's context (Rouge's rule blocks). */
export type Action<Data> = (lexing: Lexing<Data>, match: RegExpExecArray) => void;

/** Rouge's `:pop!` and `:push` as a rule's next state. */
export const POP = ':pop!';
export const PUSH = ':push';

interface RegexRule<Data> {
  regex: RegExp;
  lineStart: boolean;
  run?: RegExp;
  action: Action<Data>;
}
type Rule<Data> = RegexRule<Data> | { mixin: string };

export interface StateRules<Data> {
  rule(regex: RubyRegex, token: TokenType, next?: string): void;
  rule(regex: RubyRegex, action: Action<Data>): void;
  mixin(state: string): void;
}

export interface LexerDefinition<Data> {
  /** The lexer's own variables (Ruby's instance variables), fresh for each lex. */
  data(): Data;
  /** Rouge's `start` blocks: run before a lex, not before a delegated one. */
  start?(lexing: Lexing<Data>): void;
  states: Record<string, (rules: StateRules<Data>) => void>;
}

/** The number of successive matches of nothing allowed before a character is given up as an error. */
const MAX_NULL_SCANS = 5;

export class RegexLexer<Data = undefined> {
  private readonly compiled = new Map<string, Rule<Data>[]>();

  constructor(readonly definition: LexerDefinition<Data>) {}

  /** The tokens of `text`, consecutive ones of one type merged. */
  lex(text: string): Token[] {
    const tokens = new TokenList();
    this.session(tokens.add).continue(text);
    return tokens.tokens;
  }

  /** A lexing that `continue`s from where its last text left it (Rouge's `reset!` and `continue_lex`). */
  session(output: (type: TokenType, value: string) => void): Lexing<Data> {
    const lexing = new Lexing(this, output);
    this.definition.start?.(lexing);
    return lexing;
  }

  newData(): Data {
    return this.definition.data();
  }

  /** A state made while lexing (Rouge's `push` with a block), compiled once for its name. */
  madeState(name: string, define: (rules: StateRules<Data>) => void): void {
    if (!this.compiled.has(name)) this.compiled.set(name, compileState(define));
  }

  /** A state's rules, compiled on first use. */
  state(name: string): Rule<Data>[] {
    let rules = this.compiled.get(name);
    if (!rules) {
      const define = this.definition.states[name];
      if (!define) throw new Error(`unknown state: ${name}`);
      rules = compileState(define);
      this.compiled.set(name, rules);
    }
    return rules;
  }
}

function compileState<Data>(define: (rules: StateRules<Data>) => void): Rule<Data>[] {
  const rules: Rule<Data>[] = [];
  define({
    rule(regex: RubyRegex, token: TokenType | Action<Data>, next?: string) {
      const action = typeof token === 'function' ? token : tokenAction<Data>(token, next);
      rules.push({ ...regex, action });
    },
    mixin(state: string) {
      rules.push({ mixin: state });
    },
  });
  return rules;
}

function tokenAction<Data>(token: TokenType, next: string | undefined): Action<Data> {
  if (next === undefined) return (lexing) => lexing.token(token);
  if (next === POP)
    return (lexing) => {
      lexing.token(token);
      lexing.pop();
    };
  return (lexing) => {
    lexing.token(token);
    lexing.push(next === PUSH ? undefined : next);
  };
}

/** Tokens with consecutive ones of one type merged, as Rouge's `continue_lex` yields them. */
export class TokenList {
  readonly tokens: Token[] = [];

  readonly add = (type: TokenType, value: string): void => {
    const last = this.tokens.at(-1);
    if (last && last[0] === type) last[1] += value;
    else if (value) this.tokens.push([type, value]);
  };
}

export class Lexing<Data> {
  readonly data: Data;
  private readonly stack: string[] = ['root'];
  private text = '';
  private position = 0;
  private match: RegExpExecArray | undefined;
  private nullSteps = 0;
  /** Where the run ends through which a rule is known to fail (RubyRegex.run). */
  private readonly failingUntil = new Map<RegexRule<Data>, number>();

  constructor(
    private readonly lexer: RegexLexer<Data>,
    private readonly output: (type: TokenType, value: string) => void,
  ) {
    this.data = lexer.newData();
  }

  /** Lexes `text` from the state the last text left (Rouge's `continue_lex`). */
  continue(text: string): void {
    this.text = text;
    this.position = 0;
    this.nullSteps = 0;
    this.failingUntil.clear();
    while (this.position < this.text.length) {
      if (!this.step(this.stack.at(-1)!)) {
        const character = String.fromCodePoint(this.text.codePointAt(this.position)!);
        this.position += character.length;
        this.output(ErrorToken, character);
      }
    }
  }

  private step(state: string): boolean {
    for (const rule of this.lexer.state(state)) {
      if ('mixin' in rule) {
        if (this.step(rule.mixin)) return true;
        continue;
      }
      if (rule.lineStart && this.position > 0 && this.text[this.position - 1] !== '\n') continue;
      const match = this.exec(rule);
      if (!match) continue;
      this.match = match;
      this.position += match[0].length;
      rule.action(this, match);
      if (match[0].length) this.nullSteps = 0;
      else if (++this.nullSteps > MAX_NULL_SCANS) return false;
      return true;
    }
    return false;
  }

  private exec(rule: RegexRule<Data>): RegExpExecArray | null {
    if (this.position < (this.failingUntil.get(rule) ?? 0)) return null;
    rule.regex.lastIndex = this.position;
    const match = rule.regex.exec(this.text);
    if (!match && rule.run) {
      rule.run.lastIndex = this.position;
      if (rule.run.test(this.text)) this.failingUntil.set(rule, rule.run.lastIndex);
    }
    return match;
  }

  token(type: TokenType, value: string | undefined = this.match?.[0]): void {
    if (value) this.output(type, value);
  }

  groups(...types: TokenType[]): void {
    types.forEach((type, i) => this.token(type, this.match?.[i + 1] ?? ''));
  }

  push(state?: string): void {
    this.stack.push(state ?? this.stack.at(-1)!);
  }

  /** Pushes a state made from a match (Rouge's `push do … end`): `name` must tell apart every set of rules made. */
  pushMade(name: string, define: (rules: StateRules<Data>) => void): void {
    this.lexer.madeState(name, define);
    this.push(name);
  }

  /** Whether `state` is on top of the stack (Rouge's `state?`). */
  inState(state: string): boolean {
    return this.stack.at(-1) === state;
  }

  pop(times = 1): void {
    if (!this.stack.length) throw new Error('empty stack!');
    this.stack.splice(Math.max(0, this.stack.length - times));
  }

  goto(state: string): void {
    if (!this.stack.length) throw new Error('empty stack!');
    this.stack[this.stack.length - 1] = state;
  }

  /** Lexes `text` with a fresh lexing of this lexer (Rouge's `recurse`: no `start`, the lexer's own root). */
  recurse(text: string | undefined = this.match?.[0]): void {
    this.delegate(this.lexer, text);
  }

  /** A lexing of `lexer` that yields into this one's tokens, to `continue` from one delegation to the next. */
  sessionOf<Other>(lexer: RegexLexer<Other>): Lexing<Other> {
    return lexer.session(this.output);
  }

  delegate<Other>(lexer: RegexLexer<Other>, text: string | undefined = this.match?.[0]): void {
    if (text) new Lexing(lexer, this.output).continue(text);
  }
}
