// npm run bench, the rules about what Jekyll does: `check` of the blog's posts in a copy of the blog's site (its
// config, includes, plugins, Gemfile and workflows, which those rules read), with those rules and with them off (then
// neither the site nor the posts' Liquid is read), in one run, as a CPU ratio. Each run starts cold, as a workflow's
// does: no compiled code or summaries kept from the run before. The blog is the test blog, or the one
// `PAPER_DIGEST_BLOG` names.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RULES } from '../server/src/core/rules';
import { measured, type Run } from './benchEngine';

const REPO = join(__dirname, '..');
const CLI = join(REPO, 'dist/cli.js');
const BLOG = process.env.PAPER_DIGEST_BLOG ?? join(REPO, 'test/fixtures/blog');
/** What of the blog the check reads: its posts, and what the rules read of its site. */
const SITE_PARTS = ['_config.yml', '_includes', '_plugins', '_posts', 'Gemfile', '.github', '_layouts'];

export function jekyllRulesBench(root: string): void {
  for (const part of SITE_PARTS)
    if (existsSync(join(BLOG, part))) cpSync(join(BLOG, part), join(root, part), { recursive: true });
  const off = Object.fromEntries(RULES.filter((rule) => rule.readsSite).map((rule) => [rule.id, 'off']));
  writeFileSync(join(root, 'without.json'), JSON.stringify({ 'paperDigest.rules': off }));
  const count = readdirSync(join(root, '_posts')).length;
  const cold = () => ({ ...process.env, XDG_CACHE_HOME: mkdtempSync(join(root, 'cache-')) });
  const runs: Run[][] = [[], []];
  // Alternated, so that the machine's load weighs on both alike.
  for (let round = 0; round < 3; round++) {
    runs[0].push(measured([CLI, 'check', '_posts'], root, cold));
    runs[1].push(measured([CLI, 'check', '--config', 'without.json', '_posts'], root, cold));
  }
  const [withRules, without] = runs.map((each) => each.sort((a, b) => a.cpu - b.cpu)[1]);
  console.log(
    `\nThe rules about what Jekyll does (${Object.keys(off).join(', ')}): check of the ${count} posts in their site`,
  );
  console.log(
    `  with them ${withRules.cpu.toFixed(2)} s CPU (${withRules.wall.toFixed(2)} s wall), without ${without.cpu.toFixed(2)} s (${without.wall.toFixed(2)} s): ${(withRules.cpu / without.cpu).toFixed(2)}x CPU (goal 1.15x)`,
  );
}

// `node --import tsx scripts/benchJekyllRules.ts`: this part alone (after npm run build).
if (require.main === module) {
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-bench-jekyll-rules-'));
  try {
    jekyllRulesBench(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
