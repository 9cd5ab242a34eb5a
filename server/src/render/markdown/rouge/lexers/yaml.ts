// Rouge 3.30's YAML lexer (rouge/lexers/yaml.rb, MIT), rule for rule, with its indentation bookkeeping.
import { POP, RegexLexer, type Lexing } from '../regexLexer';
import { failingThroughRun, piece, ruby } from '../rubyRegex';
import * as T from '../tokens';

interface Indentation {
  stack: number[];
  next: number;
  blockScalar: number | undefined;
}

type YamlLexing = Lexing<Indentation>;

function resetIndent(l: YamlLexing): void {
  l.data.stack = [0];
  l.data.next = 0;
  l.data.blockScalar = undefined;
}

function indent(l: YamlLexing): number {
  const level = l.data.stack.at(-1);
  if (level === undefined) throw new Error('empty indent stack!');
  return level;
}

/** Saves a possible indentation level; returns the spaces that are indentation and those past a dedent (an error). */
function saveIndent(l: YamlLexing, match: string): [string, string] {
  l.data.next = match.length;
  if (l.data.next >= indent(l)) return [match, ''];
  while (l.data.next < indent(l)) l.data.stack.pop();
  return [match.slice(0, indent(l)), match.slice(indent(l))];
}

function setIndent(l: YamlLexing, match: string, implicit = false): void {
  if (indent(l) < l.data.next) l.data.stack.push(l.data.next);
  if (!implicit) l.data.next += match.length;
}

const plainScalarStart = piece`[^ \t\n\r\f\v?:,\[\]{}#&*!\|>'"%@\`]`;

export const yaml = new RegexLexer<Indentation>({
  data: () => ({ stack: [0], next: 0, blockScalar: undefined }),
  start: resetIndent,
  states: {
    basic(s) {
      s.rule(ruby`#.*$`, T.CommentSingle);
    },
    root(s) {
      s.mixin('basic');
      s.rule(ruby`\n+`, T.Text);
      s.rule(ruby`[ ]+(?=#|$)`, T.Text);
      s.rule(ruby`^%YAML\b`, (l) => {
        l.token(T.NameTag);
        resetIndent(l);
        l.push('yaml_directive');
      });
      s.rule(ruby`^%TAG\b`, (l) => {
        l.token(T.NameTag);
        resetIndent(l);
        l.push('tag_directive');
      });
      s.rule(ruby`^(?:---|\.\.\.)(?= |$)`, (l) => {
        l.token(T.NameNamespace);
        resetIndent(l);
        l.push('block_line');
      });
      s.rule(ruby`[ ]*(?!\s|$)`, (l, m) => {
        const [text, error] = saveIndent(l, m[0]);
        l.token(T.Text, text);
        l.token(T.Error, error);
        l.push('block_line');
        l.push('indentation');
      });
    },
    indentation(s) {
      s.rule(ruby`\s*?\n`, (l) => {
        l.token(T.Text);
        l.pop(2);
      });
      s.rule(ruby`[ ]+(?=[-:?](?:[ ]|$))`, (l, m) => {
        l.token(T.Text);
        l.data.next += m[0].length;
      });
      s.rule(ruby`[?:-](?=[ ]|$)`, (l, m) => {
        setIndent(l, m[0]);
        l.token(T.PunctuationIndicator);
      });
      s.rule(ruby`[ ]*`, (l, m) => {
        l.token(T.Text);
        l.data.next += m[0].length;
        l.pop();
      });
    },
    block_line(s) {
      s.rule(ruby`[ ]*(?=#|$)`, T.Text, POP);
      s.rule(ruby`[ ]+`, T.Text);
      s.mixin('descriptors');
      s.mixin('block_nodes');
      s.mixin('flow_nodes');
      s.rule(ruby`(?=${plainScalarStart}|[?:-][^ \t\n\r\f\v])`, (l) => {
        l.token(T.NameVariable);
        l.push('plain_scalar_in_block_context');
      });
    },
    descriptors(s) {
      s.rule(ruby`!<[0-9A-Za-z;\/?:@&=+$,_.!~*'()\[\]%-]+>`, T.KeywordType);
      s.rule(
        ruby.x`
          (?:![\w-]+)? # handle
          !(?:[\w;/?:@&=+$,.!~*\'()\[\]%-]*) # suffix
        `,
        T.KeywordType,
      );
      s.rule(ruby`&[\p{L}\p{Nl}\p{Nd}_-]+`, T.NameLabel);
      s.rule(ruby`\*[\p{L}\p{Nl}\p{Nd}_-]+`, T.NameVariable);
    },
    block_nodes(s) {
      const implicitKey = ruby`([^#,:?\[\]{}"'\n]+)(:)(?=\s|$)`;
      s.rule(failingThroughRun(implicitKey, ruby`[^#,:?\[\]{}"'\n]+`), (l, m) => {
        l.groups(T.NameAttribute, T.PunctuationIndicator);
        setIndent(l, m[0], true);
      });
      s.rule(ruby`[\|>][+-]?`, (l) => {
        l.token(T.PunctuationIndicator);
        l.push('block_scalar_content');
        l.push('block_scalar_header');
      });
    },
    flow_nodes(s) {
      s.rule(ruby`\[`, T.PunctuationIndicator, 'flow_sequence');
      s.rule(ruby`\{`, T.PunctuationIndicator, 'flow_mapping');
      s.rule(ruby`'`, T.StrSingle, 'single_quoted_scalar');
      s.rule(ruby`"`, T.StrDouble, 'double_quoted_scalar');
    },
    flow_collection(s) {
      s.rule(ruby.m`\s+`, T.Text);
      s.mixin('basic');
      s.rule(ruby`[?:,]`, T.PunctuationIndicator);
      s.mixin('descriptors');
      s.mixin('flow_nodes');
      s.rule(ruby`(?=${plainScalarStart})`, (l) => l.push('plain_scalar_in_flow_context'));
    },
    flow_sequence(s) {
      s.rule(ruby`\]`, T.PunctuationIndicator, POP);
      s.mixin('flow_collection');
    },
    flow_mapping(s) {
      s.rule(ruby`\}`, T.PunctuationIndicator, POP);
      s.mixin('flow_collection');
    },
    block_scalar_content(s) {
      s.rule(ruby`\n+`, T.Text);
      s.rule(ruby`^[ ]+$`, (l, m) => {
        const text = m[0];
        const mark = l.data.blockScalar ?? text.length;
        l.token(T.Text, text.slice(0, mark));
        l.token(T.NameConstant, text.slice(mark));
      });
      s.rule(ruby`^[ ]*`, (l, m) => {
        l.token(T.Text);
        const size = m[0].length;
        const dedentLevel = l.data.blockScalar ?? indent(l);
        l.data.blockScalar ??= size;
        if (size < dedentLevel) {
          saveIndent(l, m[0]);
          l.pop();
          l.push('indentation');
        }
      });
      s.rule(ruby`[^\n\r\f\v]+`, T.Str);
    },
    block_scalar_header(s) {
      s.rule(
        ruby.x`
          (
            ([1-9])[+-]? | [+-]?([1-9])?
          )(?=[ ]|$)
        `,
        (l, m) => {
          l.data.blockScalar = undefined;
          l.goto('ignored_line');
          if (!m[0]) return;
          // Rouge reads `m[1] || m[2]`: the whole indicator, as Ruby's `to_i` reads it.
          l.data.blockScalar = indent(l) + (Number.parseInt(m[1], 10) || 0);
          l.token(T.PunctuationIndicator);
        },
      );
    },
    ignored_line(s) {
      s.mixin('basic');
      s.rule(ruby`[ ]+`, T.Text);
      s.rule(ruby`\n`, T.Text, POP);
    },
    quoted_scalar_whitespaces(s) {
      s.rule(ruby`^[ ]+`, T.Text);
      s.rule(ruby`[ ]+$`, T.Text);
      s.rule(ruby.m`\n+`, T.Text);
      s.rule(ruby`[ ]+`, T.NameVariable);
    },
    single_quoted_scalar(s) {
      s.mixin('quoted_scalar_whitespaces');
      s.rule(ruby`\\'`, T.StrEscape);
      s.rule(ruby`'`, T.Str, POP);
      s.rule(ruby`[^\s']+`, T.Str);
    },
    double_quoted_scalar(s) {
      s.rule(ruby`"`, T.Str, POP);
      s.mixin('quoted_scalar_whitespaces');
      s.rule(ruby`\\[0abt\tn\nvfre "\\N_LP]`, T.StrEscape);
      s.rule(ruby`\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})`, T.StrEscape);
      s.rule(ruby`[^ \t\n\r\f\v"\\]+`, T.Str);
    },
    plain_scalar_in_block_context_new_line(s) {
      s.rule(ruby`^[ ]+\n`, T.Text);
      s.rule(ruby.m`\n+`, T.Text);
      s.rule(ruby`^(?=---|\.\.\.)`, (l) => l.pop(3));
      s.rule(ruby`^[ ]*`, (l, m) => {
        l.token(T.Text);
        l.pop();
        if (m[0].length <= indent(l)) {
          l.pop();
          saveIndent(l, m[0]);
          l.push('indentation');
        }
      });
    },
    plain_scalar_in_block_context(s) {
      s.rule(ruby`[ ]*(?=:[ \n]|:$)`, T.Text, POP);
      s.rule(ruby`[ ]*:\S+`, T.Str);
      s.rule(ruby`[ ]+(?=#)`, T.Text, POP);
      s.rule(ruby`[ ]+$`, T.Text);
      s.rule(ruby`\n+`, (l) => {
        l.token(T.Text);
        l.push('plain_scalar_in_block_context_new_line');
      });
      s.rule(ruby`[ ]+`, T.Str);
      s.rule(ruby`true|false|null`, T.NameConstant);
      s.rule(ruby`\d+(?:\.\d+)?(?=(\r?\n)| +#)`, T.Num, POP);
      s.rule(ruby`[^\s:]+`, T.Str);
    },
    plain_scalar_in_flow_context(s) {
      s.rule(ruby`[ ]*(?=[,:?\[\]{}])`, T.Text, POP);
      s.rule(ruby`[ ]+(?=#)`, T.Text, POP);
      s.rule(ruby`^[ ]+`, T.Text);
      s.rule(ruby`[ ]+$`, T.Text);
      s.rule(ruby`\n+`, T.Text);
      s.rule(ruby`[ ]+`, T.NameVariable);
      s.rule(ruby`[^\s,:?\[\]{}]+`, T.NameVariable);
    },
    yaml_directive(s) {
      s.rule(ruby`([ ]+)(\d+\.\d+)`, (l) => {
        l.groups(T.Text, T.Num);
        l.goto('ignored_line');
      });
    },
    tag_directive(s) {
      s.rule(
        ruby.x`
          ([ ]+)(!|![\w-]*!) # prefix
          ([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()\[\]%-]+) # tag handle
        `,
        (l) => {
          l.groups(T.Text, T.KeywordType, T.Text, T.KeywordType);
          l.goto('ignored_line');
        },
      );
    },
  },
});
