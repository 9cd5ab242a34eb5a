// Rouge 3.30's Dockerfile lexer (rouge/lexers/docker.rb, MIT), rule for rule: RUN lines are shell, lexed on by one
// shell lexing from one line's delegation to the next.
import { POP, RegexLexer, type Lexing } from '../regexLexer';
import { ruby } from '../rubyRegex';
import * as T from '../tokens';
import { shell } from './shell';

const KEYWORDS =
  'FROM MAINTAINER CMD LABEL EXPOSE ENV ADD COPY ENTRYPOINT VOLUME USER WORKDIR ARG STOPSIGNAL HEALTHCHECK SHELL'
    .split(' ')
    .join('|');

interface DockerData {
  shell?: Pick<Lexing<unknown>, 'continue'>;
}

export const docker = new RegexLexer<DockerData>({
  data: () => ({}),
  start: (l) => (l.data.shell = l.sessionOf(shell)),
  states: {
    root(s) {
      s.rule(ruby`\s+`, T.Text);
      s.rule(ruby.i`^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)`, (l) =>
        l.groups(T.Keyword, T.Whitespace, T.Str, T.Whitespace, T.Keyword, T.Whitespace, T.Str),
      );
      s.rule(ruby.i`^(ONBUILD)(\s+)(${KEYWORDS})(.*)`, (l) => l.groups(T.Keyword, T.Whitespace, T.Keyword, T.Str));
      s.rule(ruby.i`^(${KEYWORDS})\b(.*)`, (l) => l.groups(T.Keyword, T.Str));
      s.rule(ruby`#.*?$`, T.Comment);
      s.rule(ruby.i`^(ONBUILD\s+)?RUN(\s+)`, (l) => {
        l.token(T.Keyword);
        l.push('run');
        l.data.shell = l.sessionOf(shell);
      });
      s.rule(ruby`\w+`, T.Text);
      s.rule(ruby`[^\w]+`, T.Text);
      s.rule(ruby`.`, T.Text);
    },
    run(s) {
      s.rule(ruby`\n`, T.Text, POP);
      s.rule(ruby.m`\\.`, T.StrEscape);
      s.rule(ruby`(\\.|[^\n\\])+`, (l, m) => l.data.shell?.continue(m[0]));
    },
  },
});
