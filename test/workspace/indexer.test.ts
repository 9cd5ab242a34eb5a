import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import { parseDigest } from '../../server/src/core/parseDigest';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { SummaryCache } from '../../server/src/workspace/summaryCache';
import { writeBlog } from '../generatedBlog';
import { blogName, BLOGS, blogPosts, post, TEST_BLOG } from '../helpers';
import { INDEX_SETTINGS, indexerFor, summarizeFile } from './testIndexer';

const roots: string[] = [];

function tempFolder(): string {
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-index-'));
  roots.push(root);
  return root;
}

function uriOf(path: string): string {
  return URI.file(path).toString();
}

function move(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
}

after(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('WorkspaceIndexer', () => {
  it('indexes every digest post of the folders, and nothing else', async () => {
    const root = tempFolder();
    const blog = writeBlog(root, 20, 4, 5);
    writeFileSync(join(root, 'README.md'), '# Blog\n\n# 1. [Not a post](https://arxiv.org/abs/2510.00001)\n');
    writeFileSync(join(root, 'next-digest.md'), post([{ id: '2510.26001' }]));
    for (const skipped of ['node_modules/pkg', '_site/2025', '.git/x']) {
      mkdirSync(join(root, skipped, '_posts'), { recursive: true });
      writeFileSync(join(root, skipped, '_posts', '2025-10-31-daily-papers.md'), post());
    }
    const { index, indexer, errors } = indexerFor([root]);
    indexer.indexAll();
    await indexer.whenIdle();
    assert.deepEqual(errors, []);
    assert.deepEqual(index.files().sort(), [...blog.files, join(root, 'next-digest.md')].map(uriOf).sort());
    const repeated = index.entriesOf(blog.idOf(5, 0));
    assert.deepEqual(repeated.map((entry) => [entry.date, entry.number]).sort(), [
      ['2023-01-05', 4],
      ['2023-01-06', 1],
    ]);
    const fourthHeading = readFileSync(blog.files[4], 'utf8')
      .split('\n')
      .findIndex((line) => line.startsWith('# 4. '));
    assert.deepEqual(repeated.find((entry) => entry.date === '2023-01-05')?.heading.start, {
      line: fourthHeading,
      character: 0,
    });
  });

  it('follows files that are deleted, renamed, changed and created, and folders deleted or renamed whole', async () => {
    const root = tempFolder();
    const blog = writeBlog(root, 6, 3);
    const { index, indexer } = indexerFor([root]);
    indexer.indexAll();
    await indexer.whenIdle();

    rmSync(blog.files[0]);
    indexer.refresh(uriOf(blog.files[0]));
    const renamed = join(root, '_posts/2024/2023-01-02-renamed.md');
    move(blog.files[1], renamed);
    indexer.refresh(uriOf(blog.files[1]));
    indexer.refresh(uriOf(renamed));
    writeFileSync(
      blog.files[2],
      post([{ id: '2510.26001' }], { date: '2023-01-03', title: '"Daily Papers — 2023-01-03"' }),
    );
    indexer.refresh(uriOf(blog.files[2]));
    await indexer.whenIdle();
    assert.deepEqual(index.entriesOf(blog.idOf(0, 0)), []);
    assert.deepEqual(
      index.entriesOf(blog.idOf(1, 2)).map((entry) => entry.file),
      [uriOf(renamed)],
    );
    assert.deepEqual(index.entriesOf(blog.idOf(2, 0)), []);
    assert.deepEqual(
      index.entriesOf('2510.26001').map((entry) => entry.file),
      [uriOf(blog.files[2])],
    );

    const archive = join(root, 'archive');
    move(join(root, '_posts'), join(archive, '_posts'));
    indexer.refresh(uriOf(join(root, '_posts')));
    indexer.refresh(uriOf(archive));
    await indexer.whenIdle();
    assert.equal(index.postCount, 5);
    assert.ok(
      index.files().every((file) => file.startsWith(uriOf(archive))),
      'every post is under archive/',
    );
    rmSync(archive, { recursive: true });
    indexer.refresh(uriOf(archive));
    await indexer.whenIdle();
    assert.equal(index.postCount, 0);
  });

  it("leaves open documents to the editor's text", async () => {
    const root = tempFolder();
    const blog = writeBlog(root, 2, 2);
    const open = new Set([uriOf(blog.files[0])]);
    const { index, indexer } = indexerFor([root], { open });
    indexer.indexAll();
    await indexer.whenIdle();
    assert.deepEqual(index.files(), [uriOf(blog.files[1])]);
  });

  it('summarizes no file while the editor is busy, and every file once it is quiet', async () => {
    const root = tempFolder();
    writeBlog(root, 5, 2);
    let quiet = () => {};
    const quietNow = new Promise<void>((resolve) => {
      quiet = resolve;
    });
    const summarized: string[] = [];
    const { index, indexer } = indexerFor([root], {
      whenQuiet: () => quietNow,
      summarize: async (request) => (summarized.push(request.path), summarizeFile(request, nodeFileSystem)),
    });
    indexer.indexAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(summarized, []);
    assert.equal(indexer.isIdle, false);
    quiet();
    await indexer.whenIdle();
    assert.equal(summarized.length, 5);
    assert.equal(index.postCount, 5);
  });

  it('counts a file queued twice (a walk, then a change on disk) once in its progress', async () => {
    const root = tempFolder();
    const blog = writeBlog(root, 5, 2);
    let quiet = () => {};
    const quietNow = new Promise<void>((resolve) => {
      quiet = resolve;
    });
    let reads = 0;
    const { indexer } = indexerFor([root], {
      whenQuiet: () => quietNow,
      summarize: async (request) => (reads++, summarizeFile(request, nodeFileSystem)),
    });
    indexer.indexAll();
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const file of blog.files) indexer.refresh(uriOf(file));
    const { queued } = indexer.progress;
    quiet();
    await indexer.whenIdle();
    assert.equal(
      queued,
      reads,
      'the progress counts the reads that happen: the files waiting once, those already being read again',
    );
    assert.ok(queued < 2 * blog.files.length);
  });

  it('reads again, in a later session, only the files that changed since the cached one', async () => {
    const root = tempFolder();
    const blog = writeBlog(root, 6, 3);
    const cacheFile = join(root, '.storage', 'index-cache.json');
    const session = async (settings?: typeof INDEX_SETTINGS) => {
      const cache = new SummaryCache();
      await cache.load(cacheFile, 'build-1');
      const summarized: string[] = [];
      const { index, indexer } = indexerFor([root], {
        cache,
        settings,
        summarize: async (request) => (summarized.push(basename(request.path)), summarizeFile(request, nodeFileSystem)),
      });
      indexer.indexAll();
      await indexer.whenIdle();
      await cache.save();
      return {
        summarized,
        papers: index
          .search('')
          .map((paper) => `${paper.date} ${paper.number} ${paper.arxivId}`)
          .sort(),
      };
    };
    const first = await session();
    assert.equal(first.summarized.length, 6);
    const second = await session();
    assert.deepEqual(second, { summarized: [], papers: first.papers });

    writeFileSync(blog.files[2], post([{ id: '2510.26001' }], { date: '2023-01-03' }));
    rmSync(blog.files[5]);
    const third = await session();
    assert.deepEqual(third.summarized, [basename(blog.files[2])]);
    assert.ok(third.papers.includes('2023-01-03 1 2510.26001'));
    assert.equal(third.papers.length, 4 * 3 + 1);
    assert.equal(
      (await session({ ...INDEX_SETTINGS, maxLength: 1_000_000 })).summarized.length,
      5,
      'new settings: all read again',
    );
  });

  for (const blog of BLOGS) {
    it(`indexes ${blogName(blog)}: every post, and every paper by its id`, async () => {
      const { index, indexer, errors } = indexerFor([blog]);
      indexer.indexAll();
      await indexer.whenIdle();
      assert.deepEqual(errors, []);
      const posts = blogPosts(blog);
      assert.equal(index.postCount, posts.length);
      for (const [file, text] of posts) {
        for (const paper of parseDigest(text).papers) {
          const entries = index.entriesOf(paper.heading.arxivId!.value);
          assert.ok(
            entries.some((entry) => entry.file.endsWith(file) && entry.date === file.slice(0, 10)),
            `${file}: ${paper.heading.arxivId?.value}`,
          );
        }
      }
    });
  }

  it('finds in the test blog its tags, the papers digested three times, and a paper by its id', async () => {
    const { index, indexer } = indexerFor([TEST_BLOG]);
    indexer.indexAll();
    await indexer.whenIdle();
    assert.deepEqual(index.tags(), [
      { name: 'papers', posts: 14 },
      { name: 'hugginface', posts: 11 },
      { name: 'ai', posts: 3 },
      { name: 'arxiv', posts: 3 },
    ]);
    assert.deepEqual(
      index
        .entriesOf('2508.20751')
        .map((entry) => `${entry.date} ${entry.number}`)
        .sort(),
      ['2025-08-29 1', '2025-08-30 1', '2025-08-31 1'],
    );
    const quest = index.search('2510.26794');
    assert.equal(quest[0].title, 'The Quest for Generalizable Motion Generation: Data, Model, and Evaluation');
    assert.equal(quest[0].postTitle, 'Daily Papers — 2025-10-31');
  });
});
