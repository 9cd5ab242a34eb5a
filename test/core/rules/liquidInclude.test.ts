import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { EXAMPLE_SITE, postWith } from '../../../server/src/core/rules/examples';
import { liquidInclude } from '../../../server/src/core/rules/liquidInclude';
import { check, fixFirst } from '../../helpers';

const site = { facts: EXAMPLE_SITE, path: '_posts/2025-10-31-daily-papers.md' };

describe('liquid-include', () => {
  it("includes al-folio's renamed figure instead of the old name", () => {
    const text = postWith('Results', '{% include figure.html path="a.png" %}');
    const fixed = fixFirst(liquidInclude, text, { site });
    assert.match(fixed, /\{% include figure\.liquid path="a\.png" %\}/);
    assert.deepEqual(check(liquidInclude, fixed, { site }), []);
  });

  it('says nothing without a site, of an include Liquid computes, or of one in a comment', () => {
    assert.deepEqual(check(liquidInclude, postWith('Results', '{% include chart.liquid %}')), []);
    assert.deepEqual(check(liquidInclude, postWith('Results', '{% include {{ page.chart }} %}'), { site }), []);
    assert.deepEqual(
      check(liquidInclude, postWith('Results', '{% comment %}{% include chart.liquid %}{% endcomment %}'), { site }),
      [],
    );
  });

  it("refuses a name Jekyll refuses, with Jekyll's message", () => {
    const [finding] = check(liquidInclude, postWith('Results', '{% include ../secret.liquid %}'), { site });
    assert.match(
      finding.buildFails!,
      /^Invalid syntax for include tag\. File contains invalid characters or sequences: \.\.\/secret\.liquid/,
    );
  });
});
