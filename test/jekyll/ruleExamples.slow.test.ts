// Every rule about what Jekyll does with a post is proven against Jekyll itself: each of its examples says what
// `jekyll build` does with it (fails, publishes the text as written, changes it, skips the post, or writes it and
// another post to one page), and Debian's jekyll builds each one in the example site to check that it does; what the
// rules report must agree: a finding that says the build stops exactly where it stops, quoting what Jekyll prints;
// none where Jekyll publishes the text as written; one where it leaves the post out.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fixAll } from '../../server/src/core/edits';
import { readSiteFacts } from '../../server/src/core/jekyll/siteFacts';
import { RULES } from '../../server/src/core/rules';
import { EXAMPLE_SITE, paperEntry, postWith } from '../../server/src/core/rules/examples';
import type { Rule, RuleExample } from '../../server/src/core/rules/rule';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { jekyllVersion } from '../render/jekyllFidelity';
import { checkExample, exampleSite } from '../ruleExamples';
import { build, buildExamples, EXAMPLE_SITE_FOLDER, type Built, type ExampleCase } from './exampleBuilds';

/** The rules whose examples carry what Jekyll does with them. */
const JEKYLL_RULES = RULES.filter((rule) => [...rule.examples.valid, ...rule.examples.invalid].some((e) => e.jekyll));
const CASES: (ExampleCase & { rule: Rule })[] = JEKYLL_RULES.flatMap((rule) =>
  (['invalid', 'valid'] as const).flatMap((kind) =>
    rule.examples[kind].map((example, i) => ({ rule, example, name: `${rule.id}, ${kind} example ${i + 1}` })),
  ),
);

/** The rules whose quick fix keeps the Liquid as text: each of their flagged examples, fixed, publishes as written. */
const KEEPING_AS_TEXT = new Set(['liquid-syntax', 'liquid-output', 'liquid-block']);
/** Only their fixes: the others (renumbering paper 3 of the example post, say) would change the text too. */
const ONLY_THEIRS = Object.fromEntries(RULES.filter((rule) => !KEEPING_AS_TEXT.has(rule.id)).map((rule) => [rule.id, 'off' as const]));
const fixedByFixAll = (example: RuleExample) =>
  fixAll(example.text, { site: exampleSite(example), rules: ONLY_THEIRS });
/** A filter's `|` in a table's cell: kept as text, the cell shows it as its author meant it (kramdown's `\|`), one cell. */
const TABLE_CELL: RuleExample = {
  text: postWith('Method', '| 변수 | 설명 |\n|---|---|\n| {{ name | upcase }} | 이름 |'),
  jekyll: 'changes',
};
const FIXED: ExampleCase[] = [
  ...CASES.filter(({ rule, name }) => KEEPING_AS_TEXT.has(rule.id) && name.includes(', invalid ')).map(
    ({ example, name }) => ({
      name: `${name}, fixed by Fix all`,
      example: { ...example, text: fixedByFixAll(example), jekyll: 'publishes' as const },
      asWritten: example.text,
    }),
  ),
  {
    name: 'liquid-output, a filter in a table cell, fixed by Fix all',
    example: { ...TABLE_CELL, text: fixedByFixAll(TABLE_CELL), jekyll: 'publishes' },
    asWritten: TABLE_CELL.text.replace('name | upcase', 'name \\| upcase'),
  },
];

/** The diagnostics of the rules of this family on an example. */
function findings(example: RuleExample) {
  return JEKYLL_RULES.flatMap((rule) => checkExample(rule, example));
}

describe('the rules about what Jekyll does, against jekyll build', () => {
  let built: Built[] = [];
  let builtFixed: Built[] = [];
  before(async () => {
    assert.ok(jekyllVersion(), 'jekyll is not installed: run scripts/debian-packages.sh');
    [built, builtFixed] = await Promise.all([buildExamples(CASES), buildExamples(FIXED)]);
  });

  it('check their examples with the facts of the site they are built in', async () => {
    assert.deepEqual(await readSiteFacts(nodeFileSystem, EXAMPLE_SITE_FOLDER), {
      ...EXAMPLE_SITE,
      root: EXAMPLE_SITE_FOLDER,
    });
  });

  it('say of every example what Jekyll does with it', () => {
    for (const rule of JEKYLL_RULES)
      for (const example of [...rule.examples.valid, ...rule.examples.invalid])
        assert.ok(example.jekyll, `${rule.id}: an example says nothing of what Jekyll does`);
  });

  CASES.forEach((each, i) => {
    it(`${each.name}: Jekyll ${each.example.jekyll} it, as the rules say`, () => {
      const { outcome, log } = built[i];
      assert.equal(outcome, each.example.jekyll, log);
      const found = findings(each.example);
      const stops = found.flatMap((diagnostic) => diagnostic.buildFails ?? []);
      if (outcome === 'fails') {
        assert.ok(stops.length, 'Jekyll stops on it, and no rule says so');
        assert.ok(
          stops.some((message) => log.includes(message)),
          `none of ${JSON.stringify(stops)} is in Jekyll's messages: ${log}`,
        );
        for (const diagnostic of found.filter((d) => d.buildFails)) assert.equal(diagnostic.severity, 'error');
      } else assert.deepEqual(stops, [], 'a rule says the build stops where Jekyll builds the post');
      // A note (information) may say how Jekyll reads what it publishes as written; nothing more may.
      if (outcome === 'publishes')
        assert.deepEqual(
          found.filter((diagnostic) => diagnostic.severity !== 'information').map((diagnostic) => diagnostic.message),
          [],
          'a finding where Jekyll publishes it as written',
        );
      if (outcome === 'skips' || outcome === 'conflicts')
        assert.ok(found.length, 'Jekyll leaves it out, and no rule says so');
    });
  });

  it('frontmatter-missing: Jekyll publishes a post without front matter as a bare page, without its layout', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'paper-digest-bare-'));
    try {
      const { ok, log, out } = await build({ '2025-10-31-bare.md': paperEntry() }, {}, folder);
      assert.ok(ok, log);
      const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
      const page = pages.map((file) => readFileSync(join(out, file), 'utf8')).find((html) => html.includes('POWSM'));
      assert.ok(page, `the post is published: ${pages.join(', ')}`);
      assert.doesNotMatch(page, /class="post-title"/, 'without the post layout');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  FIXED.forEach((each, i) => {
    it(`${each.name}: Jekyll publishes the text as its author wrote it, and no rule finds anything left`, () => {
      const { outcome, log } = builtFixed[i];
      assert.equal(outcome, 'publishes', log);
      assert.deepEqual(findings(each.example).map((diagnostic) => diagnostic.message), []);
    });
  });
});
