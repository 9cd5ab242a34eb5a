import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
// Builds posts with the real Jekyll and compares its post content with our `render --body`, whitespace normalised.
// Used by the fidelity test (fixture site) and by scripts/jekyll-fidelity.ts (any folder of posts).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderPostBody } from '../../server/src/render';

export interface PostComparison {
  post: string;
  equal: boolean;
  /** Around the first difference, ours and Jekyll's, when they differ. */
  difference?: { ours: string; jekyll: string };
}

/** Elements whose surrounding whitespace never shows: spaces next to their tags are not a difference. */
const BLOCK_TAG = '(?:p|h[1-6]|ul|ol|li|blockquote|pre|table|thead|tbody|tfoot|tr|th|td|hr|br|div|dl|dt|dd|details|summary|figure|figcaption|section)';
const SPACE_AROUND_BLOCK_TAG = new RegExp(` ?(</?${BLOCK_TAG}\\b[^>]*>) ?`, 'g');

/** Runs of whitespace become one space, and spaces beside block-level tags (including `<br />`) go. */
export function normaliseHtml(html: string): string {
  return html.replace(/\s+/g, ' ').replace(SPACE_AROUND_BLOCK_TAG, '$1').trim();
}

export function jekyllVersion(): string | undefined {
  const result = spawnSync('jekyll', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

/**
 * Copies the site (or a bare folder of posts, given a minimal config) to a temporary folder, builds it with
 * `jekyll build` and compares every post. The copy keeps Jekyll's cache and our renderer out of the source folder.
 */
export async function compareWithJekyll(siteDir: string): Promise<PostComparison[]> {
  const work = mkdtempSync(join(tmpdir(), 'paper-digest-fidelity-'));
  try {
    const site = join(work, 'site');
    cpSync(siteDir, site, { recursive: true });
    const built = spawnSync('jekyll', ['build', '--quiet', '--disable-disk-cache', '-s', site, '-d', join(work, 'out')], { encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`jekyll build failed: ${built.stderr || built.stdout}`);
    const posts = readdirSync(join(site, '_posts')).filter((name) => name.endsWith('.md')).sort();
    return await Promise.all(posts.map((post) => comparePost(join(site, '_posts', post), join(work, 'out', post.replace(/\.md$/, '.html')))));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** A site folder around a bare folder of posts: the fixture site's config and layout. */
export function siteAroundPosts(postsDir: string, fixtureSite: string): string {
  const site = mkdtempSync(join(tmpdir(), 'paper-digest-posts-'));
  cpSync(join(fixtureSite, '_config.yml'), join(site, '_config.yml'));
  cpSync(join(fixtureSite, '_layouts'), join(site, '_layouts'), { recursive: true });
  cpSync(postsDir, join(site, '_posts'), { recursive: true });
  return site;
}

async function comparePost(postFile: string, builtFile: string): Promise<PostComparison> {
  const post = postFile.split(/[\\/]/).pop()!;
  const jekyll = normaliseHtml(existsSync(builtFile) ? readFileSync(builtFile, 'utf8') : '');
  const ours = normaliseHtml(await renderPostBody({ text: readFileSync(postFile, 'utf8'), filePath: postFile, allowSite: true, files: nodeFileSystem }));
  if (ours === jekyll) return { post, equal: true };
  let at = 0;
  while (ours[at] === jekyll[at]) at++;
  const around = (text: string) => text.slice(Math.max(0, at - 60), at + 100);
  return { post, equal: false, difference: { ours: around(ours), jekyll: around(jekyll) } };
}

export function writeReport(comparisons: PostComparison[], write: (line: string) => void = (line) => process.stdout.write(`${line}\n`)): void {
  for (const { post, difference } of comparisons) {
    if (difference) write(`${post}\n  ours:   ${difference.ours}\n  jekyll: ${difference.jekyll}`);
  }
  write(`fidelity: ${comparisons.filter((c) => c.equal).length}/${comparisons.length} posts match Jekyll exactly`);
}
