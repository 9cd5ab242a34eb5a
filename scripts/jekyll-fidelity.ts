// Compares our `render --body` with Jekyll's output for any folder of posts (or the fixture site by default):
//   node --import tsx scripts/jekyll-fidelity.ts [path/to/_posts]
// Needs Debian's `jekyll` and `ruby-kramdown-parser-gfm`. Prints each difference and the share of exact matches.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { compareWithJekyll, jekyllVersion, siteAroundPosts, writeReport } from '../test/render/jekyllFidelity';

const FIXTURE_SITE = join(__dirname, '..', 'test', 'fixtures', 'jekyll-site');

async function main(postsDir: string | undefined): Promise<number> {
  if (!jekyllVersion()) {
    process.stderr.write('jekyll is not installed (apt-get install jekyll ruby-kramdown-parser-gfm)\n');
    return 2;
  }
  const site = postsDir ? siteAroundPosts(postsDir, FIXTURE_SITE) : FIXTURE_SITE;
  try {
    writeReport(await compareWithJekyll(site));
    return 0;
  } finally {
    if (postsDir) rmSync(site, { recursive: true, force: true });
  }
}

main(process.argv[2]).then((code) => (process.exitCode = code));
