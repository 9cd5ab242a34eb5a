import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import { PrivateFolder } from '../../server/src/workspace/privateFolder';
import type { Site } from '../../server/src/cli/config';
import { indexPosts, type Summarizer } from '../../server/src/cli/digestIndex';
import { siteSummaries } from '../../server/src/cli/keptSummaries';
import type { Post } from '../../server/src/cli/posts';
import { resolveSettings } from '../../server/src/settings/settings';
import { summarizeText } from '../../server/src/workspace/summarizeFile';
import { post } from '../helpers';

const SETTINGS = resolveSettings({});
const FOLDER_SETTINGS = { files: SETTINGS.files, schema: SETTINGS.schema, maxLength: SETTINGS.maxLength };

function cacheFolder(): PrivateFolder {
  return PrivateFolder.open(join(mkdtempSync(join(tmpdir(), 'paper-digest-kept-')), 'paper-digest'))!;
}

/** What indexPosts is given: the folder, made once. */
function folderOf(folder: PrivateFolder | undefined): () => PrivateFolder | undefined {
  return () => folder;
}

/** A site of three posts: the first is checked, the others digest papers 2511.00001 and 2511.00002. */
function site(): { site: Site; checked: Post } {
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-kept-site-'));
  mkdirSync(join(root, '_posts'));
  writeFileSync(join(root, '_config.yml'), 'title: blog\n');
  for (const [day, id] of [
    ['01', '2511.00000'],
    ['02', '2511.00001'],
    ['03', '2511.00002'],
  ])
    writeFileSync(join(root, `_posts/2025-11-${day}-daily-papers.md`), post([{ number: 1, id }]));
  const path = join(root, '_posts/2025-11-01-daily-papers.md');
  const siteOf: Site = { root, isJekyllSite: true, settings: SETTINGS };
  const checked: Post = {
    path,
    uri: URI.file(path).toString(),
    site: siteOf,
    checked: { isDigest: true, diagnostics: [], lineStarts: [0], problems: [] },
  };
  return { site: siteOf, checked };
}

/** Summarizes as the jobs do, counting the posts it was asked for. */
function countingSummarizer(build = 'build 1'): Summarizer & { summarized: string[] } {
  const summarized: string[] = [];
  return {
    summarized,
    summarizerBuild: () => build,
    summarize: async (text, request) => {
      summarized.push(request.relativePath);
      return summarizeText(text, request) ?? null;
    },
  };
}

function indexedIds(index: Awaited<ReturnType<typeof indexPosts>>): string[] {
  return ['2511.00001', '2511.00002'].filter((id) => index.entriesOf(id).length);
}

describe('summaries kept between runs of check', () => {
  it("summarizes the site's other posts once, then reuses them while their bytes are the same", async () => {
    const { site: blog, checked } = site();
    const folder = cacheFolder();
    const first = countingSummarizer();
    assert.deepEqual(indexedIds(await indexPosts([checked], first, folderOf(folder))), ['2511.00001', '2511.00002']);
    assert.deepEqual(first.summarized.sort(), [
      '_posts/2025-11-02-daily-papers.md',
      '_posts/2025-11-03-daily-papers.md',
    ]);

    const second = countingSummarizer();
    assert.deepEqual(indexedIds(await indexPosts([checked], second, folderOf(folder))), ['2511.00001', '2511.00002']);
    assert.deepEqual(second.summarized, []);

    writeFileSync(join(blog.root, '_posts/2025-11-03-daily-papers.md'), post([{ number: 1, id: '2511.00009' }]));
    const third = countingSummarizer();
    assert.deepEqual(indexedIds(await indexPosts([checked], third, folderOf(folder))), ['2511.00001']);
    assert.deepEqual(third.summarized, ['_posts/2025-11-03-daily-papers.md']);
  });

  it('summarizes again for another build of the summarizer or other settings, and keeps nothing without a folder', async () => {
    const { site: blog, checked } = site();
    const folder = cacheFolder();
    await indexPosts([checked], countingSummarizer('build 1'), folderOf(folder));
    const rebuilt = countingSummarizer('build 2');
    await indexPosts([checked], rebuilt, folderOf(folder));
    assert.equal(rebuilt.summarized.length, 2);
    const otherSettings = { ...checked, site: { ...blog, settings: resolveSettings({ maxFileSize: 1_000_000 }) } };
    const resettled = countingSummarizer('build 2');
    await indexPosts([otherSettings], resettled, folderOf(folder));
    assert.equal(resettled.summarized.length, 2);
    const noFolder = countingSummarizer();
    await indexPosts([checked], noFolder, folderOf(undefined));
    await indexPosts([checked], noFolder, folderOf(undefined));
    assert.equal(noFolder.summarized.length, 4);
  });

  it('keeps only the posts of the last run, and reads no damaged file', async () => {
    const { site: blog, checked } = site();
    const folder = cacheFolder();
    await indexPosts([checked], countingSummarizer(), folderOf(folder));
    const [file] = readdirSync(folder.path);
    assert.equal(Object.keys(JSON.parse(readFileSync(join(folder.path, file), 'utf8')).summaries).length, 2);
    writeFileSync(join(blog.root, '_posts/2025-11-03-daily-papers.md'), post([{ number: 1, id: '2511.00009' }]));
    await indexPosts([checked], countingSummarizer(), folderOf(folder));
    assert.equal(Object.keys(JSON.parse(readFileSync(join(folder.path, file), 'utf8')).summaries).length, 2);

    const saved = JSON.parse(readFileSync(join(folder.path, file), 'utf8'));
    for (const key of Object.keys(saved.summaries)) saved.summaries[key] = { papers: 'not a list' };
    writeFileSync(join(folder.path, file), JSON.stringify(saved));
    const afterDamage = countingSummarizer();
    assert.deepEqual(indexedIds(await indexPosts([checked], afterDamage, folderOf(folder))), ['2511.00001']);
    assert.equal(afterDamage.summarized.length, 2);
  });

  it('keeps the files of the most recently checked sites only', () => {
    const folder = cacheFolder();
    for (let site = 0; site < 40; site++) {
      const kept = siteSummaries(folder, `/blog/${site}`, FOLDER_SETTINGS, 'build');
      kept.set(kept.key(Buffer.from('post'), '_posts/post.md'), null);
      kept.save();
    }
    assert.equal(readdirSync(folder.path).length, 32);
  });

  it('tells posts apart by their bytes and their path in the site', () => {
    const kept = siteSummaries(cacheFolder(), '/blog', FOLDER_SETTINGS, 'build');
    const key = kept.key(Buffer.from('post'), '_posts/2025-11-01-a.md');
    assert.equal(kept.key(Buffer.from('post'), '_posts/2025-11-01-a.md'), key);
    assert.notEqual(kept.key(Buffer.from('Post'), '_posts/2025-11-01-a.md'), key);
    assert.notEqual(kept.key(Buffer.from('post'), '_posts/2025-11-02-a.md'), key);
  });
});
