// npm run bench, last section: every post of a blog rendered in one process (`paper-digest render --out`) against
// Debian's `jekyll build` of the same blog, in CPU time (user + system, children included) and peak memory (the
// largest process's resident set), each the best of a few runs. Jekyll's build also writes the site's other pages,
// feeds and archives, and compiles its Sass in a Dart Sass child; it is timed once as it is and once with the Sass
// step left out, as `render --out` writes no stylesheet. The blog is the test blog or `PAPER_DIGEST_BLOG`. Then a
// small site without Sass or plugins, the blog's first posts under two plain layouts: where the per-post cost of the
// markdown shows. Both sides cold: Jekyll without its disk cache, the CLI without its cache folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../test/helpers';
import { jekyllBuildCommand, jekyllVersion } from '../test/render/jekyllFidelity';

const SITE = process.env.PAPER_DIGEST_BLOG ?? join(REPO, 'test/fixtures/blog');
const GNU_TIME = '/usr/bin/time';
const RUNS = 3;
/** The small site's posts: as many as the minimal site of issue 24 had. */
const SMALL_SITE_POSTS = 29;
const SMALL_SITE_LAYOUTS = {
  'default.html':
    '<!DOCTYPE html>\n<html lang="ko">\n<head><meta charset="utf-8"><title>{{ page.title }} | {{ site.title }}</title></head>\n<body>\n{{ content }}\n</body>\n</html>\n',
  'post.html':
    "---\nlayout: default\n---\n<article>\n<h1>{{ page.title }}</h1>\n<p>{{ page.date | date: '%B %d, %Y' }}</p>\n{{ content }}\n</article>\n",
};

interface Usage {
  cpuSeconds: number;
  peakMb: number;
}

/** Runs a command under GNU time, into a fresh folder; its CPU time and peak resident memory. */
function measured(
  command: string,
  args: (out: string) => string[],
  options: { env?: (out: string) => NodeJS.ProcessEnv; cwd?: string } = {},
): Usage {
  const out = mkdtempSync(join(tmpdir(), 'paper-digest-render-all-'));
  try {
    const run = spawnSync(GNU_TIME, ['-f', '%U %S %M', command, ...args(out)], {
      encoding: 'utf8',
      cwd: options.cwd,
      env: options.env?.(out),
    });
    if (run.status !== 0) throw new Error(`${command} failed: ${run.stderr}`);
    const [user, system, kilobytes] = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
    return { cpuSeconds: user + system, peakMb: kilobytes / 1024 };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

function best(run: () => Usage): Usage {
  const runs = Array.from({ length: RUNS }, run);
  return {
    cpuSeconds: Math.min(...runs.map((usage) => usage.cpuSeconds)),
    peakMb: Math.min(...runs.map((usage) => usage.peakMb)),
  };
}

export function renderAllBench(): void {
  if (!existsSync(GNU_TIME) || !jekyllVersion() || !existsSync(join(REPO, 'dist/cli.js'))) {
    console.log('\nrender every post against jekyll build: skipped (needs /usr/bin/time, jekyll and npm run build)');
    return;
  }
  const posts = readdirSync(join(SITE, '_posts')).filter((name) => name.endsWith('.md'));
  const jekyll = (site: string, sass: string) => () =>
    measured('jekyll', (out) => jekyllBuildCommand(site, out).args, {
      env: () => ({ ...jekyllBuildCommand(site, '').env, JEKYLL_DART_SASS: sass }),
      cwd: site,
    });
  // Cold: a cache folder of its own for each run, so no compiled code kept (a fresh CI runner); warm: one kept from
  // a run before (a second run on the same machine).
  const cacheHome = mkdtempSync(join(tmpdir(), 'paper-digest-render-all-cache-'));
  const ours = (site: string, warm: boolean) => {
    const render = () =>
      measured(process.execPath, (out) => [join(REPO, 'dist/cli.js'), 'render', '--out', join(out, 'site'), site], {
        env: (out) => ({ ...process.env, XDG_CACHE_HOME: warm ? cacheHome : join(out, 'cache') }),
      });
    if (warm) render();
    return best(render);
  };
  console.log(
    `\nrender every post of ${SITE} (${posts.length} posts) in one process, against jekyll build (CPU s, peak MB; best of ${RUNS})`,
  );
  try {
    const blog = ours(SITE, false);
    row('paper-digest render --out', blog);
    row('  the same, compiled code kept', ours(SITE, true));
    row('jekyll build', best(jekyll(SITE, join(REPO, 'node_modules/.bin/sass'))), blog);
    row('jekyll build without its Sass step', best(jekyll(SITE, 'skip')), blog);

    const small = smallSite(posts.sort().slice(0, SMALL_SITE_POSTS));
    try {
      console.log(
        `\na small site without Sass or plugins: ${Math.min(posts.length, SMALL_SITE_POSTS)} posts of the blog under two plain layouts (goal: 1.5x jekyll's CPU, 2x its memory)`,
      );
      const smallOurs = ours(small, false);
      const smallWarm = ours(small, true);
      row('paper-digest render --out', smallOurs);
      row('  the same, compiled code kept', smallWarm);
      const smallJekyll = best(jekyll(small, 'skip'));
      row('jekyll build', smallJekyll, smallOurs);
      console.log(
        `  with the compiled code kept, ours / jekyll: CPU ${(smallWarm.cpuSeconds / smallJekyll.cpuSeconds).toFixed(2)}x, memory ${(smallWarm.peakMb / smallJekyll.peakMb).toFixed(2)}x`,
      );
    } finally {
      rmSync(small, { recursive: true, force: true });
    }
  } finally {
    rmSync(cacheHome, { recursive: true, force: true });
  }
}

/** A Jekyll site of `posts` (names in the blog's _posts) with plain layouts, in a temporary folder. */
function smallSite(posts: string[]): string {
  const site = mkdtempSync(join(tmpdir(), 'paper-digest-small-site-'));
  mkdirSync(join(site, '_posts'));
  mkdirSync(join(site, '_layouts'));
  writeFileSync(join(site, '_config.yml'), 'title: Daily Papers\nmarkdown: kramdown\n');
  for (const [name, text] of Object.entries(SMALL_SITE_LAYOUTS)) writeFileSync(join(site, '_layouts', name), text);
  for (const post of posts) copyFileSync(join(SITE, '_posts', post), join(site, '_posts', post));
  return site;
}

/** A line of the table; with `ours`, the ratio of ours to this row. */
function row(what: string, usage: Usage, ours?: Usage): void {
  const ratio = ours
    ? `   ours / jekyll: CPU ${(ours.cpuSeconds / usage.cpuSeconds).toFixed(2)}x, memory ${(ours.peakMb / usage.peakMb).toFixed(2)}x`
    : '';
  console.log(
    `  ${what.padEnd(34)} ${usage.cpuSeconds.toFixed(2).padStart(6)} s ${usage.peakMb.toFixed(0).padStart(5)} MB${ratio}`,
  );
}

if (require.main === module) renderAllBench();
