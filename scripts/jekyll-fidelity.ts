// Builds a Jekyll site with Debian's jekyll and compares the whole <body> of every post's page with our `render`:
//   node --import tsx scripts/jekyll-fidelity.ts [SITE]        (default: the test blog, test/fixtures/blog)
// Needs Debian's jekyll and the packaged plugins (see .ci/run). Prints each page's differing lines and the share equal.
import { join, resolve } from 'node:path';
import { comparePages, jekyllVersion, writeReport } from '../test/render/jekyllFidelity';

async function main(site: string): Promise<number> {
  if (!jekyllVersion()) {
    process.stderr.write('jekyll is not installed (see .ci/run for the packages)\n');
    return 2;
  }
  writeReport(await comparePages(site));
  return 0;
}

main(resolve(process.argv[2] ?? join(__dirname, '..', 'test', 'fixtures', 'blog'))).then(
  (code) => (process.exitCode = code),
);
