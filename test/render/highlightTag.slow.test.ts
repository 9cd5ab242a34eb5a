import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { renderPostBody } from '../../server/src/render';

/** Whether Jekyll's own highlight tag (Debian's jekyll) parses each markup, or raises its syntax error. */
const JEKYLL_PARSES = `
require 'jekyll'
puts JSON.generate(JSON.parse(ARGV[0]).map do |markup|
  Liquid::Template.parse("{%- highlight #{markup} -%}x{% endhighlight %}")
  true
rescue SyntaxError, Liquid::SyntaxError
  false
end)
`;

const MARKUPS = [
  'python',
  'Python',
  'c++',
  'c#',
  'objective-c',
  'python linenos',
  'python linenos=table',
  'python\tlinenos=inline',
  'python linenos mark_lines="1 2"',
  'python mark_lines="12"',
  'python anything=else',
  '',
  '"python"',
  'python linenos=',
  'python linenos=a-b',
  'python mark_lines="a b"',
  'python mark_lines="1  2"',
  'py?x=1',
  'python, linenos',
  'python\u00a0linenos',
  '\u00a0python',
  'python\rlinenos',
  '"x"\rpython',
  'python\nlinenos',
  '"python"\nlinenos',
  'python linenos\n"x"',
];

describe("Jekyll's highlight tag against Jekyll's own", () => {
  it('accepts and refuses the same markup', async () => {
    const run = spawnSync('ruby', ['-e', JEKYLL_PARSES, JSON.stringify(MARKUPS)], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const jekyll = JSON.parse(run.stdout) as boolean[];
    const ours = await Promise.all(
      MARKUPS.map(async (markup) =>
        /<figure class="highlight">/.test(
          await renderPostBody({ text: `{%- highlight ${markup} -%}x{% endhighlight %}\n`, allowSite: false }),
        ),
      ),
    );
    assert.deepEqual(
      MARKUPS.map((markup, i) => `${JSON.stringify(markup)}: ${ours[i]}`),
      MARKUPS.map((markup, i) => `${JSON.stringify(markup)}: ${jekyll[i]}`),
    );
    assert.ok(jekyll.includes(true) && jekyll.includes(false));
  });
});
