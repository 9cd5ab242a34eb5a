// npm run bench, last section: every post of a blog rendered in one process (`paper-digest render --out`) against
// Debian's `jekyll build` of the same blog, in CPU time (user + system, children included) and peak memory (the
// largest process's resident set), each the best of a few runs. Jekyll's build also writes the site's other pages,
// feeds and archives, and compiles its Sass in a Dart Sass child; it is timed once as it is and once with the Sass
// step left out, as `render --out` writes no stylesheet. The blog is the test blog or `PAPER_DIGEST_BLOG`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../test/helpers';
import { jekyllBuildCommand, jekyllVersion } from '../test/render/jekyllFidelity';

const SITE = process.env.PAPER_DIGEST_BLOG ?? join(REPO, 'test/fixtures/blog');
const GNU_TIME = '/usr/bin/time';
const RUNS = 3;

interface Usage {
  cpuSeconds: number;
  peakMb: number;
}

/** Runs a command under GNU time, into a fresh output folder; its CPU time and peak resident memory. */
function measured(
  command: string,
  args: (out: string) => string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Usage {
  const out = mkdtempSync(join(tmpdir(), 'paper-digest-render-all-'));
  try {
    const run = spawnSync(GNU_TIME, ['-f', '%U %S %M', command, ...args(out)], { encoding: 'utf8', ...options });
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
  const posts = readdirSync(join(SITE, '_posts')).filter((name) => name.endsWith('.md')).length;
  const jekyll = (sass: string) => () =>
    measured('jekyll', (out) => jekyllBuildCommand(SITE, out).args, {
      env: { ...jekyllBuildCommand(SITE, '').env, JEKYLL_DART_SASS: sass },
      cwd: SITE,
    });
  const ours = best(() =>
    measured(process.execPath, (out) => [join(REPO, 'dist/cli.js'), 'render', '--out', out, SITE]),
  );
  const full = best(jekyll(join(REPO, 'node_modules/.bin/sass')));
  const withoutSass = best(jekyll('skip'));
  console.log(
    `\nrender every post of ${SITE} (${posts} posts) in one process, against jekyll build (CPU s, peak MB; best of ${RUNS})`,
  );
  console.log(
    `  paper-digest render --out       ${ours.cpuSeconds.toFixed(2).padStart(6)} s ${ours.peakMb.toFixed(0).padStart(5)} MB`,
  );
  for (const [what, usage] of [
    ['jekyll build', full],
    ['jekyll build without its Sass step', withoutSass],
  ] as const) {
    console.log(
      `  ${what.padEnd(34)} ${usage.cpuSeconds.toFixed(2).padStart(6)} s ${usage.peakMb.toFixed(0).padStart(5)} MB   ours / jekyll: CPU ${(ours.cpuSeconds / usage.cpuSeconds).toFixed(2)}x, memory ${(ours.peakMb / usage.peakMb).toFixed(2)}x`,
    );
  }
}

if (require.main === module) renderAllBench();
