import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE_SITE, postWith } from '../../../server/src/core/rules/examples';
import { liquidOutput } from '../../../server/src/core/rules/liquidOutput';
import { check, fixFirst, marked } from '../../helpers';

const site = { facts: EXAMPLE_SITE, path: '_posts/2025-10-31-daily-papers.md' };
const flagged = (method: string) => {
  const text = postWith('Method', method);
  return marked(text, check(liquidOutput, text, { site }));
};

describe('liquid-output', () => {
  it("keeps a filter's `|` in a table's cell as text with it (`\\|`), not in a code span or outside tables", () => {
    const fixed = (method: string) => fixFirst(liquidOutput, postWith('Method', method), { site });
    assert.match(
      fixed('| 변수 |\n|---|\n| {{ name | upcase }} |'),
      /\| \{% raw %\}\{\{ name \\\| upcase \}\}\{% endraw %\} \|/,
    );
    assert.match(
      fixed('| 변수 |\n|---|\n| `{{ name | upcase }}` |'),
      /`\{% raw %\}\{\{ name \| upcase \}\}\{% endraw %\}`/,
    );
    assert.match(fixed('이름은 {{ name | upcase }} 로 쓴다.'), /\{% raw %\}\{\{ name \| upcase \}\}\{% endraw %\} 로/);
    assert.match(fixed('```\n| {{ name | upcase }} |\n```'), /\| \{% raw %\}\{\{ name \| upcase \}\}\{% endraw %\} \|/);
  });

  it("says what the page shows instead: nothing, or the site's and the post's values", () => {
    const text = postWith('Method', '{{ model_name }}, {{ site.title }}, {{ page.slug }}, {{ page.nothing }}, {{ }}');
    assert.deepEqual(
      check(liquidOutput, text, { site }).map((finding) => finding.message),
      [
        '`{{ model_name }}` is Liquid: `model_name` is defined nowhere, so the page shows nothing in its place.',
        '`{{ site.title }}` is Liquid: the page shows `site.title` in its place ("blank"), not this text.',
        "`{{ page.slug }}` is Liquid: the page shows Jekyll's `page.slug` in its place, not this text.",
        '`{{ page.nothing }}` is Liquid: `page.nothing` has no value, so the page shows nothing in its place.',
        '`{{ }}` is Liquid that prints nothing: the page shows nothing in its place.',
      ],
    );
  });

  it('leaves literals, variables the post defines, and URLs in links and attributes alone', () => {
    assert.deepEqual(
      flagged('{{ "{{" }} {% assign k = 3 %}{{ k }} {% for p in site.posts %}{{ p.title }}{% endfor %}'),
      [],
    );
    assert.deepEqual(
      flagged('[a]({{ site.url }}/x) <img src="{{ site.baseurl }}/x.png"> {% capture c %}{{ y }}{% endcapture %}'),
      [],
    );
    assert.deepEqual(flagged('[a]({{ missing }}/x)'), ['{{ missing }}']);
  });

  it("quotes `{{ page.date }}` as Jekyll prints it: Ruby's Time, in the site's time zone", () => {
    const text = postWith('Method', '{{ page.date }} 기준, {{ page.date | date: "%Y" }}');
    assert.deepEqual(
      check(liquidOutput, text, { site }).map((finding) => finding.message),
      [
        '`{{ page.date }}` is Liquid: the page shows `page.date` in its place ("2025-10-31 17:15:00 +0900"), not this text.',
        '`{{ page.date | date: "%Y" }}` is Liquid: the page shows Jekyll\'s `page.date` in its place, not this text.',
      ],
    );
  });
});
