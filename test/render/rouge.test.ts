import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rougeTokens } from '../../server/src/render/markdown/rouge';
import { bibtex } from '../../server/src/render/markdown/rouge/lexers/bibtex';
import { c, cpp } from '../../server/src/render/markdown/rouge/lexers/c';
import { css } from '../../server/src/render/markdown/rouge/lexers/css';
import { diff } from '../../server/src/render/markdown/rouge/lexers/diff';
import { docker } from '../../server/src/render/markdown/rouge/lexers/docker';
import { go } from '../../server/src/render/markdown/rouge/lexers/go';
import { html } from '../../server/src/render/markdown/rouge/lexers/html';
import { ini } from '../../server/src/render/markdown/rouge/lexers/ini';
import { java } from '../../server/src/render/markdown/rouge/lexers/java';
import { javascript, typescript } from '../../server/src/render/markdown/rouge/lexers/javascript';
import { json } from '../../server/src/render/markdown/rouge/lexers/json';
import { python } from '../../server/src/render/markdown/rouge/lexers/python';
import { rubyLexer } from '../../server/src/render/markdown/rouge/lexers/ruby';
import { rust } from '../../server/src/render/markdown/rouge/lexers/rust';
import { shell } from '../../server/src/render/markdown/rouge/lexers/shell';
import { sql } from '../../server/src/render/markdown/rouge/lexers/sql';
import { tex } from '../../server/src/render/markdown/rouge/lexers/tex';
import { toml } from '../../server/src/render/markdown/rouge/lexers/toml';
import { yaml } from '../../server/src/render/markdown/rouge/lexers/yaml';
import { piece, ruby } from '../../server/src/render/markdown/rouge/rubyRegex';

// The lexers' output is compared with Rouge's through Jekyll in test/render/codeMath.slow.test.ts; these check the
// engine and the regex translation on their own.

const LEXERS = {
  bibtex,
  c,
  cpp,
  css,
  diff,
  docker,
  go,
  html,
  ini,
  java,
  javascript,
  typescript,
  json,
  python,
  ruby: rubyLexer,
  rust,
  shell,
  sql,
  tex,
  toml,
  yaml,
};

/** Where a translated regex matches in `text` from `at`, as Rouge's StringScanner would scan there. */
function scan(regex: RegExp, text: string, at = 0): string | undefined {
  regex.lastIndex = at;
  return regex.exec(text)?.[0];
}

describe("Rouge's lexers in TypeScript", () => {
  it('compiles every state of every lexer', () => {
    for (const [name, lexer] of Object.entries(LEXERS)) {
      for (const state of Object.keys(lexer.definition.states))
        assert.doesNotThrow(() => lexer.state(state), `${name}: ${state}`);
    }
  });

  it('matches as StringScanner does: from the scan position, blind to what is before it', () => {
    assert.equal(scan(ruby`(?<!\.)print`.regex, 'x.print', 2), 'print');
    assert.equal(scan(ruby`(?<=\n)x`.regex, 'a\nx', 2), undefined);
    assert.equal(scan(ruby`\Ab`.regex, 'ab', 1), 'b');
    assert.equal(scan(ruby`\bcase`.regex, 'xcase', 1), 'case');
    assert.equal(ruby`^#`.lineStart, true);
  });

  it("reads Ruby's syntax: dot, dollar, spaces, word boundaries, braces and POSIX classes", () => {
    assert.equal(scan(ruby`a.*`.regex, 'ab\r\nc'), 'ab\r');
    assert.equal(scan(ruby.m`a.*`.regex, 'ab\nc'), 'ab\nc');
    assert.equal(scan(ruby`[a-z]+$`.regex, 'ab\ncd'), 'ab');
    assert.equal(scan(ruby`\s+`.regex, ' \u00a0'), ' ');
    assert.equal(scan(ruby`a\b`.regex, 'a한'), undefined);
    assert.equal(scan(ruby`[[:alpha:]_]+`.regex, '한글_x1'), '한글_x');
    assert.equal(scan(ruby`\${#?`.regex, '${#x}'), '${#');
    assert.equal(scan(ruby`[ru]{,2}"`.regex, 'rb"'), undefined);
    assert.equal(scan(ruby`[ru]{,2}"`.regex, 'ru"'), 'ru"');
    // POSIX brackets by Unicode property, as Onigmo reads them in a UTF-8 string; `\d` stays ASCII
    assert.equal(scan(ruby`[[:digit:]]+`.regex, '٣4'), '٣4');
    assert.equal(scan(ruby`\d+`.regex, '٣4'), undefined);
    assert.equal(scan(ruby`[[:alpha:]]+`.regex, 'Ⅻa\u0301'), 'Ⅻa');
    assert.equal(scan(ruby`[[:space:]]+`.regex, '\u0085\u2028x'), '\u0085\u2028');
    assert.equal(scan(ruby`\p{Word}+`.regex, 'Ⅻ_\u0301-'), 'Ⅻ_\u0301');
    assert.equal(
      scan(
        ruby.x`a # a comment
      b`.regex,
        'ab',
      ),
      'ab',
    );
  });

  it("keeps an interpolated part's i flag inside a regex without it", () => {
    const hex = piece.i`[0-9a-f]`;
    assert.equal(scan(ruby`x${hex}{2}`.regex, 'xFf'), 'xFf');
    assert.equal(scan(ruby`${piece.i`ab[^c-d]`}`.regex, 'ABE'), 'ABE');
    assert.equal(scan(ruby`${piece.i`ab[^c-d]`}`.regex, 'AbC'), undefined);
    assert.equal(scan(ruby`Xx`.regex, 'xx'), undefined);
  });

  it('merges tokens of one type and gives up an unreadable character, whole, as an error', () => {
    assert.deepEqual(rougeTokens('{"a": 😀}\n', 'json'), [
      ['p', '{'],
      ['nl', '"a"'],
      ['p', ':'],
      ['w', ' '],
      ['err', '😀'],
      ['p', '}'],
      ['w', '\n'],
    ]);
  });

  it('knows the languages by their Rouge names, case and all, and leaves others to the caller', () => {
    assert.ok(rougeTokens('x = 1\n', 'py'));
    assert.ok(rougeTokens('\\alpha\n', 'LaTeX'));
    assert.equal(rougeTokens('x = 1\n', 'Python'), undefined);
    assert.equal(rougeTokens('main = print 1\n', 'haskell'), undefined);
    assert.deepEqual(rougeTokens('a < b\n', 'text'), [['', 'a < b\n']]);
  });

  it('yields nothing for a group that takes no part in a match', () => {
    assert.deepEqual(rougeTokens('def run', 'ruby'), [
      ['k', 'def'],
      ['', ' '],
      ['nf', 'run'],
    ]);
  });

  it("makes a state for each %-string's delimiters, nesting the asymmetric ones", () => {
    assert.deepEqual(rougeTokens('%w(a (b) c) + %q|x|', 'ruby'), [
      ['sx', '%w(a (b) c)'],
      ['', ' '],
      ['o', '+'],
      ['', ' '],
      ['sx', '%q|x|'],
    ]);
  });

  it("lexes a markdown fence's code with its language's lexer, or as Rouge's plain text", () => {
    const fence = (language: string) => rougeTokens(`\`\`\`${language}\nx = 1\n\`\`\`\n`, 'markdown');
    const [open, close] = [
      ['p', '```'],
      ['p', '```'],
    ];
    assert.deepEqual(fence('python'), [
      open,
      ['nl', 'python\n'],
      ['n', 'x'],
      ['', ' '],
      ['o', '='],
      ['', ' '],
      ['mi', '1'],
      ['', '\n'],
      close,
      ['', '\n'],
    ]);
    // A language Rouge does not know is a backtick string; one it knows and no lexer here does stays plain.
    assert.deepEqual(fence('pseudo'), [open, ['nl', 'pseudo\n'], ['sb', 'x = 1'], ['', '\n'], close, ['', '\n']]);
    assert.deepEqual(fence('haskell'), [open, ['nl', 'haskell\n'], ['', 'x = 1\n'], close, ['', '\n']]);
  });
});
