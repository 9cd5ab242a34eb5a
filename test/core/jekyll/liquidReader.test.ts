// The Liquid reader against what Jekyll 4.3 with Liquid 5.4 printed for each of these bodies (built one by one in the
// example site while writing it; the rules' examples are built again by test/jekyll/ruleExamples.slow.test.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MAX_ERRORS, readLiquid } from '../../../server/src/core/jekyll/liquidReader';
import { EXAMPLE_SITE } from '../../../server/src/core/rules/examples';

const TAGS = EXAMPLE_SITE.tags;

/** Each error as [kind, the text it spans, Jekyll's message]. */
function errorsOf(content: string): [string, string, string][] {
  return readLiquid(content, 0, TAGS).errors.map((error) => [
    error.kind,
    content.slice(error.span.start, error.span.end),
    error.jekyllMessage,
  ]);
}

describe('readLiquid', () => {
  it('reads an output to its first `}`, as Ruby Liquid tokenizes it', () => {
    assert.deepEqual(errorsOf('A {{ user_input here\n'), [
      [
        'unterminatedOutput',
        '{{',
        "Liquid syntax error (line 1): Variable '{{' was not properly terminated with regexp: /\\}\\}/",
      ],
    ]);
    assert.deepEqual(errorsOf('A {{ user_input here\n\nlater } brace\n')[0].slice(0, 2), [
      'unterminatedOutput',
      '{{ user_input here\n\nlater }',
    ]);
    assert.deepEqual(errorsOf('a {{ x } b {{ y }}')[0].slice(0, 2), ['unterminatedOutput', '{{ x }']);
  });

  it('reads a tag to its first `%}`', () => {
    assert.deepEqual(errorsOf('Templates {% raw for Prompts\n'), [
      [
        'unterminatedTag',
        '{%',
        "Liquid syntax error (line 1): Tag '{%' was not properly terminated with regexp: /\\%\\}/",
      ],
    ]);
    assert.deepEqual(errorsOf('a {% %} b')[0].slice(0, 2), ['unterminatedTag', '{% %}']);
  });

  it('names unknown tags, stray end tags and `else`, with the line Jekyll counts', () => {
    assert.deepEqual(errorsOf('x\n\n{% endif %}\n'), [
      ['unknownTag', '{% endif %}', "Liquid syntax error (line 3): Unknown tag 'endif'"],
    ]);
    assert.deepEqual(errorsOf('a {% else %} b'), [
      ['outerTag', '{% else %}', "Liquid syntax error (line 1): Unexpected outer 'else' tag"],
    ]);
    assert.deepEqual(errorsOf('{% capture x %}{% else %}{% endcapture %}')[0].slice(0, 3), [
      'unexpectedElse',
      '{% else %}',
      "Liquid syntax error (line 1): capture tag does not expect 'else' tag",
    ]);
  });

  it('reports a block never closed at its opening tag, with the last line Jekyll reaches', () => {
    assert.deepEqual(errorsOf('x\n\n{% comment %}\nabc\n'), [
      ['neverClosed', '{% comment %}', "Liquid syntax error (line 5): 'comment' tag was never closed"],
    ]);
    assert.deepEqual(errorsOf('a {% details Click %} b\n')[0].slice(0, 2), ['neverClosed', '{% details Click %}']);
  });

  it("parses a comment's body (its unknown tags aside) and keeps a raw block's whole", () => {
    assert.deepEqual(errorsOf('a {% comment %} {% foo %} {% endcomment %} b'), []);
    assert.deepEqual(errorsOf('a {% comment %} {% if x %} {% endcomment %} b'), [
      [
        'wrongEnd',
        '{% endcomment %}',
        "Liquid syntax error (line 1): 'endcomment' is not a valid delimiter for if tags. use endif",
      ],
    ]);
    assert.deepEqual(errorsOf('a {% raw %} {{ x {% endraw %} b {%raw%}{%{% endraw %}'), []);
    assert.deepEqual(errorsOf('a {% raw %} {{ x }}{%- endraw -%} b')[0].slice(0, 2), ['neverClosed', '{% raw %}']);
  });

  it("checks each tag's markup as Liquid's lax parser does", () => {
    const kinds = (content: string) => errorsOf(content).map(([kind, , message]) => `${kind}: ${message}`);
    assert.deepEqual(kinds('{% if %}a{% endif %}'), [
      "badMarkup: Liquid syntax error (line 1): Syntax Error in tag 'if' - Valid syntax: if [expression]",
    ]);
    assert.deepEqual(kinds('{% if a and %}a{% endif %}'), [
      "badMarkup: Liquid syntax error (line 1): Syntax Error in tag 'if' - Valid syntax: if [expression]",
    ]);
    assert.deepEqual(kinds('{% if a == "b" or c %}a{% elsif d %}b{% else %}c{% endif %}'), []);
    assert.deepEqual(kinds('{% for x in xs reversed %}{% else %}{% endfor %}{% assign a = 1 %}'), []);
    assert.deepEqual(kinds('{% raw x %}{% endraw %}'), [
      "badMarkup: Liquid syntax error (line 1): Syntax Error in 'raw' - Valid syntax: raw",
    ]);
    assert.deepEqual(kinds('{% highlight %}x{% endhighlight %}'), [
      "badMarkup: Syntax Error in tag 'highlight' while parsing the following markup: Valid syntax: highlight <lang> [linenos]",
    ]);
    assert.deepEqual(kinds('{% case x %}{% when %}{% endcase %}'), [
      "badMarkup: Liquid syntax error (line 1): Syntax Error in tag 'case' - Valid when condition: {% when [condition] [or condition2...] %}",
    ]);
    assert.match(kinds('{% include a.liquid x=%}')[0], /^badMarkup: Invalid syntax for include tag: x=/);
  });

  it('keeps a block whose opening tag is refused to its end tag, to keep it whole as text', () => {
    const content = 'a {% for x %} b {% endfor %} c';
    const [error] = readLiquid(content, 0, TAGS).errors;
    assert.equal(content.slice(error.literal.start, error.literal.end), '{% for x %} b {% endfor %}');
  });

  it('goes on after an error, and places every span in the file', () => {
    const reading = readLiquid('{{ a } {% endif %} {{ b }}', 100, TAGS);
    assert.deepEqual(
      reading.errors.map((error) => [error.kind, error.span.start]),
      [
        ['unterminatedOutput', 100],
        ['unknownTag', 107],
      ],
    );
    assert.deepEqual(reading.outputs, [{ span: { start: 119, end: 126 }, markup: ' b ', captured: false }]);
  });

  it('lists the outputs and tags that render: none in a comment, captured ones marked', () => {
    const reading = readLiquid(
      '{{ a }}{% comment %}{{ b }}{% include c.liquid %}{% endcomment %}{% capture d %}{{ e }}{% endcapture %}',
      0,
      TAGS,
    );
    assert.deepEqual(
      reading.outputs.map((output) => [output.markup, output.captured]),
      [
        [' a ', false],
        [' e ', true],
      ],
    );
    assert.deepEqual(
      reading.tags.map((tag) => tag.name),
      ['comment', 'capture'],
    );
  });

  it('leaves text that opens nothing alone: Jinja comments, single braces, closers alone', () => {
    assert.deepEqual(errorsOf('{# 주석 #} {x} { { %} }} {'), []);
  });

  it('reads a post of openers never closed in one pass, keeping the first errors only', () => {
    const content = '{{ '.repeat(100_000) + '{% '.repeat(100_000);
    const reading = readLiquid(content, 0, TAGS);
    assert.equal(reading.errors.length, MAX_ERRORS);
    assert.deepEqual(reading.errors.at(-1)?.span, { start: 3 * (MAX_ERRORS - 1), end: 3 * (MAX_ERRORS - 1) + 2 });
    assert.equal(readLiquid('{% raw %}{% comment %}'.repeat(100_000), 0, TAGS).errors.length, 1);
  });

  it('stops where Liquid stops: one block inside a hundred', () => {
    const nested = (depth: number) => `${'{% if a %}'.repeat(depth)} x ${'{% endif %}'.repeat(depth)}`;
    assert.deepEqual(errorsOf(nested(100)), []);
    assert.deepEqual(errorsOf(nested(101)), [['tooDeep', '{% if a %}', 'Liquid error: Nesting too deep']]);
  });
});
