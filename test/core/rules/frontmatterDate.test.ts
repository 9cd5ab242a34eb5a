import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frontmatterDate } from '../../../server/src/core/rules/frontmatterDate';
import { EXAMPLE_SITE } from '../../../server/src/core/rules/examples';
import { validateDigest } from '../../../server/src/core/validate';
import { check, marked, post } from '../../helpers';

const IN_SEOUL = { site: { facts: EXAMPLE_SITE, path: '_posts/2025-10-31-daily-papers.md' } };

/** The rule's findings on a post with this `date:`, each as its severity and the text it marks. */
function found(date: string, options = {}): string[] {
  const text = post([{}], { date });
  const { diagnostics } = validateDigest(text, { ...options, rules: {} });
  const own = diagnostics.filter((diagnostic) => diagnostic.ruleId === 'frontmatter-date');
  return own.map((d) => `${d.severity} ${marked(text, [d])[0]}`);
}

describe('frontmatter-date', () => {
  for (const good of [
    '2025-10-31',
    '2025-10-31 08:15:00',
    '2025-10-31T08:15:00+09:00',
    '2025-10-31 08:15:00 +0900',
    '2024-02-29 23:59',
    '"2025-10-31 23:30:00"',
  ]) {
    it(`accepts ${good}`, () => assert.deepEqual(check(frontmatterDate, post([{}], { date: good }), IN_SEOUL), []));
  }

  it('is an error only where Jekyll stops the build, quoting what it prints', () => {
    for (const bad of ['2025-13-01', '2025-10-31 25:00:00', '어제']) assert.deepEqual(found(bad), [`error ${bad}`]);
    assert.deepEqual(found(''), ['error date']);
    const [finding] = check(frontmatterDate, post([{}], { date: '2025-10-32' }), IN_SEOUL);
    assert.equal(
      finding.buildFails,
      "Invalid date '2025-10-32': Document '_posts/2025-10-31-daily-papers.md' does not have a valid date in the YAML front matter.",
    );
  });

  it('warns of the day Jekyll reads an impossible day as', () => {
    assert.deepEqual(found('2025-02-30 08:00:00'), ['warning 2025-02-30 08:00:00']);
    const [finding] = check(frontmatterDate, post([{}], { date: '2025-11-31' }), IN_SEOUL);
    assert.match(
      finding.message,
      /Jekyll reads it as 2025-12-01 00:00:00 \+0900 and publishes the post under 2025-12-01/,
    );
  });

  it("warns of an unquoted time Ruby's YAML reads as UTC only where it moves the post to another day of the site", () => {
    const [finding] = check(frontmatterDate, post([{}], { date: '2025-11-05 23:30:00' }), IN_SEOUL);
    assert.match(finding.message, /2025-11-06 08:30:00 \+0900 \(Asia\/Seoul\), and publishes it under 2025-11-06/);
    assert.deepEqual(check(frontmatterDate, post([{}], { date: '2025-11-05 08:15:00' }), IN_SEOUL), []);
    assert.deepEqual(check(frontmatterDate, post([{}], { date: '2025-11-05 23:30:00' })), []);
  });

  it("notes a date Ruby's Time.parse reads leniently, without claiming what it takes", () => {
    assert.deepEqual(found('2025-10-31 8시 15분'), ['information 2025-10-31 8시 15분']);
    assert.deepEqual(found('10/31/2025'), ['information 10/31/2025']);
  });
});
