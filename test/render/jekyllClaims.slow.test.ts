// What the checks and `render --out` say Jekyll does with a hostile or broken post, proven against Debian's
// `jekyll build`: lines ended by CR alone hide the front matter (frontmatter-missing says so, `check --fix` refuses to
// write), and of two posts with one permalink only one page is written (`render --out` reports both as an error).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { siteWith, TWO_POSTS_ONE_PERMALINK } from './helpers';
import { jekyllBuildCommand, jekyllVersion } from './jekyllFidelity';

const LAYOUT = '<main class="from-the-layout">{{ content }}</main>\n';

/** Builds `site` with Jekyll; its output folder, and what it printed. */
function build(site: string): { out: string; said: string } {
  const out = mkdtempSync(join(tmpdir(), 'paper-digest-jekyll-claims-'));
  const { args, env, cwd } = jekyllBuildCommand(site, out);
  const built = spawnSync(
    'jekyll',
    args.filter((arg) => arg !== '--quiet'),
    { encoding: 'utf8', env, cwd },
  );
  assert.equal(built.status, 0, built.stderr);
  return { out, said: built.stdout + built.stderr };
}

describe('what Jekyll does with the posts the checks and the CLI refuse', () => {
  it('has Jekyll to ask', () => assert.ok(jekyllVersion(), 'jekyll is not installed: run scripts/debian-packages.sh'));

  it('reads no front matter from a post whose lines end with CR alone: its fields show as text, without the layout', () => {
    const site = siteWith(
      {
        '2025-10-31-daily-papers.md': '---\nlayout: post\ntitle: "LF"\n---\n\n# 1. 논문\n',
        '2025-11-01-daily-papers.md': '---\rlayout: post\rtitle: "CR"\r---\r\r# 1. 논문\r',
      },
      LAYOUT,
    );
    const { out } = build(site);
    assert.match(readFileSync(join(out, '2025/10/31/daily-papers.html'), 'utf8'), /from-the-layout/);
    const cr = readFileSync(join(out, '2025/11/01/daily-papers.html'), 'utf8');
    assert.doesNotMatch(cr, /from-the-layout/);
    assert.match(cr, /layout: post/);
  });

  it('writes one page of two posts with one permalink, and only warns', () => {
    const site = siteWith(TWO_POSTS_ONE_PERMALINK, LAYOUT);
    const { out, said } = build(site);
    assert.match(said, /Conflict: The following destination is shared by multiple files/);
    assert.deepEqual(readdirSync(join(out, 'same')), ['index.html']);
    assert.equal(readdirSync(out).filter((name) => name !== 'same').length, 0);
  });
});
