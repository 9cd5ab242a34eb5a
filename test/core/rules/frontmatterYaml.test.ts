import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frontmatterYaml } from '../../../server/src/core/rules/frontmatterYaml';
import { check, EXAMPLE, paper, post } from '../../helpers';

describe('frontmatter-yaml', () => {
  it('accepts valid YAML', () => assert.deepEqual(check(frontmatterYaml, EXAMPLE), []));
  it('reports the error at the YAML line', () => {
    const text = post([{}], { tags: '[papers, hugginface' });
    const findings = check(frontmatterYaml, text);
    assert.equal(findings.length > 0, true);
    const line = text.slice(0, findings[0].span.start).split('\n').length;
    assert.ok(line >= 5 && line <= 7, `error on line ${line}`);
    assert.match(findings[0].message, /^Invalid YAML in the front matter: /);
  });
  it('flags a front matter that is not a mapping', () => {
    const text = '---\n- a\n- b\n---\n\n' + paper();
    assert.match(check(frontmatterYaml, text)[0].message, /mapping/);
  });
});
