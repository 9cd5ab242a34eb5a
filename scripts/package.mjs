// npm run package [-- vsce options]: the .vsix. Its README is the Marketplace page, where relative links cannot
// resolve: vsce rewrites them against the release's repository, at the release's tag, so that the page shows the
// images and documents of the version it describes. The repository is package.json's, or PAPER_DIGEST_REPOSITORY
// for a release published from another one (a fork, a mirror).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));

/** Where the Marketplace page's images and links point: `raw` and `blob` URLs of the release's tag. */
export function releaseUrls(repository = process.env.PAPER_DIGEST_REPOSITORY || manifest.repository.url) {
  const base = repository.replace(/\.git$/, '').replace(/\/$/, '');
  const tag = `v${manifest.version}`;
  return { images: `${base}/raw/${tag}/`, content: `${base}/blob/${tag}/` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { images, content } = releaseUrls();
  const vsce = join(repo, 'node_modules/.bin/vsce');
  const args = ['package', '--no-dependencies', '--baseImagesUrl', images, '--baseContentUrl', content];
  const { status } = spawnSync(vsce, [...args, ...process.argv.slice(2)], { cwd: repo, stdio: 'inherit' });
  process.exitCode = status ?? 1;
}
