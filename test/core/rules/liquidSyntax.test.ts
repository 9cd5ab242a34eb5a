import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyEdits, fixAll } from '../../../server/src/core/edits';
import { EXAMPLE_SITE, frontMatter, paperEntry, postWith } from '../../../server/src/core/rules/examples';
import { liquidSyntax } from '../../../server/src/core/rules/liquidSyntax';
import { validateDigest } from '../../../server/src/core/validate';
import { check, fixFirst, marked } from '../../helpers';

const site = { facts: EXAMPLE_SITE, path: '_posts/2025-10-31-daily-papers.md' };

describe('liquid-syntax', () => {
  it("quotes Jekyll's message and keeps the Liquid as text with one edit", () => {
    const text = postWith('Method', '프롬프트의 {{ user_input 자리를 채운다.');
    const [finding] = check(liquidSyntax, text, { site });
    assert.equal(marked(text, [finding])[0], '{{');
    assert.match(
      finding.message,
      /Jekyll: Liquid syntax error \(line 13\): Variable '\{\{' was not properly terminated/,
    );
    assert.equal(finding.fixes?.length, 1);
    assert.equal(finding.fixes![0].edits.length, 1);
    const fixed = fixFirst(liquidSyntax, text, { site });
    assert.match(fixed, /프롬프트의 \{% raw %\}\{\{\{% endraw %\} user_input/);
    assert.deepEqual(check(liquidSyntax, fixed, { site }), []);
  });

  it("fails `{% render %}` with Jekyll's message, and keeps it as text", () => {
    const text = postWith(
      'Results',
      '{% render "figure", path: "assets/img/overview.png" %}\n\n주요 결과는 위와 같다.',
    );
    const [finding] = check(liquidSyntax, text, { site });
    assert.equal(finding.buildFails, 'Liquid error (line 17): This liquid context does not allow includes.');
    const fixed = fixFirst(liquidSyntax, text, { site });
    assert.match(fixed, /\{% raw %\}\{% render "figure", path: "assets\/img\/overview\.png" %\}\{% endraw %\}/);
    assert.deepEqual(check(liquidSyntax, fixed, { site }), []);
    // A markup Liquid cannot parse fails first, with its syntax error alone.
    assert.deepEqual(
      check(liquidSyntax, postWith('Results', '{% render figure %}'), { site }).map((each) => each.buildFails),
      ["Liquid syntax error (line 17): Syntax error in tag 'render' - Template name must be a quoted string"],
    );
  });

  it('prints the openers of what holds an `endraw` of its own, which would end a raw block early', () => {
    const text = postWith('Method', '닫는 태그 {% endraw %} 만 남았다.');
    const fixed = fixFirst(liquidSyntax, text, { site });
    assert.match(fixed, /닫는 태그 \{\{ "\{%" \}\} endraw %\} 만/);
    assert.deepEqual(check(liquidSyntax, fixed, { site }), []);
  });

  it("leaves a post with `render_with_liquid: false` alone, and reads one outside any site with Jekyll's own tags", () => {
    const text = postWith('Method', '{% endif %} 과 {{ x 를 쓴다.');
    assert.equal(check(liquidSyntax, text).length, 2);
    assert.deepEqual(check(liquidSyntax, text.replace('layout: post', 'layout: post\nrender_with_liquid: false')), []);
    assert.equal(check(liquidSyntax, postWith('Method', '{% details 요약 %}x{% enddetails %}')).length, 2);
  });

  it('names the plugins of the site whose tags it cannot know', () => {
    const facts = { ...EXAMPLE_SITE, unknownPlugins: ['jekyll-spaceship'] };
    const [finding] = check(liquidSyntax, postWith('Method', '{% plantuml %}'), { site: { ...site, facts } });
    assert.match(finding.message, /the site also loads jekyll-spaceship/);
  });

  it('marks, in the excerpt, the tag Jekyll closes there though a raw block hides it, and prints it as text', () => {
    const text = `${frontMatter()}반복문 {% raw %}{% for item in items %}{% endraw %} 을 쓴다.\n\n${paperEntry()}`;
    const [finding] = check(liquidSyntax, text, { site });
    assert.equal(marked(text, [finding])[0], '{% for item in items %}');
    assert.match(finding.message, /^In the excerpt .*ends the excerpt with `\{% endfor %\}`.*Unknown tag 'endfor'$/);
    const fixed = fixFirst(liquidSyntax, text, { site });
    assert.match(fixed, /반복문 \{\{ "\{%" \}\} for item in items %\} 을/);
    assert.deepEqual(check(liquidSyntax, fixed, { site }), []);
  });

  it('keeps a block opened in the excerpt as text without a raw block, which the excerpt would close', () => {
    const text = `${frontMatter()}{% if x %}조건을 다룬다.\n\n${paperEntry()}`;
    const fixed = fixAll(text, { site });
    assert.match(fixed, /\{\{ "\{%" \}\} if x %\}조건을/);
    assert.equal(fixAll(fixed, { site }), fixed);
  });

  it('keeps openers never closed as text together: a raw block around a later one would close an earlier one', () => {
    for (const method of ['{{tags: [papers]\n{{tags: [papers]', '본문 {% foo } 그리고 {{ bar 끝.']) {
      const text = postWith('Method', method);
      const findings = check(liquidSyntax, text, { site });
      assert.equal(findings.length, 2, method);
      const [edit] = findings[1].fixes![0].edits;
      assert.deepEqual(findings[0].fixes![0].edits, [edit], method);
      assert.deepEqual(check(liquidSyntax, applyEdits(text, [edit]), { site }), [], method);
    }
  });

  it('is fixed by Fix all, round after round, until Jekyll can build the post', () => {
    const text = postWith('Method', '{% comment %} 초안 {{ draft {% endcomment %} 그리고 {% endif %}');
    const fixed = fixAll(text, { site });
    assert.deepEqual(
      validateDigest(fixed, { site }).diagnostics.filter((d) => d.buildFails),
      [],
    );
  });
});
