import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { PostSummary } from '../../server/src/core/postSummary';
import { SummaryCache } from '../../server/src/workspace/summaryCache';
import { INDEX_SETTINGS } from './testIndexer';

const root = mkdtempSync(join(tmpdir(), 'paper-digest-cache-'));
after(() => rmSync(root, { recursive: true, force: true }));

let files = 0;
function cacheFile(): string {
  return join(root, `cache-${++files}`, 'index-cache.json');
}

const SUMMARY: PostSummary = {
  date: '2025-10-31',
  title: 'Daily Papers — 2025-10-31',
  tags: ['papers'],
  categories: [],
  papers: [
    {
      number: 1,
      title: '확산 모델의 새로운 해석',
      arxivId: '2510.26001',
      heading: { start: { line: 8, character: 0 }, end: { line: 8, character: 60 } },
    },
  ],
};
const STAMP = { mtimeMs: 1_761_868_800_000, size: 12_345 };
const POST = 'file:///blog/_posts/2025-10-31-daily-papers.md';
const README = 'file:///blog/README.md';

async function loaded(path: string | undefined, version = 'build-1'): Promise<SummaryCache> {
  const cache = new SummaryCache();
  await cache.load(path, version);
  return cache;
}

async function savedCache(path: string): Promise<void> {
  const cache = await loaded(path);
  cache.set(POST, STAMP, INDEX_SETTINGS, { summary: SUMMARY, findings: { ...FINDINGS, key: 'key' } });
  cache.set(README, STAMP, INDEX_SETTINGS, {});
  await cache.save();
}

const FINDINGS = {
  diagnostics: [
    { span: { start: 10, end: 20 }, message: 'A finding', ruleId: 'title-spacing', severity: 'information' as const },
  ],
  references: { arxivIds: [] },
  lineStarts: [0, 4, 30],
};
const OPTIONS = { globs: INDEX_SETTINGS.files, schema: INDEX_SETTINGS.schema, relativePath: '_posts/a.md', rules: {} };

describe('SummaryCache', () => {
  it("keeps a post's findings for its stamp and key, and its read for its bytes' digest whatever its stamp", async () => {
    const path = cacheFile();
    const first = await loaded(path);
    const key = first.findingsKey(OPTIONS);
    first.set(POST, STAMP, INDEX_SETTINGS, { summary: SUMMARY, digest: 'bytes-1', findings: { ...FINDINGS, key } });
    await first.save();
    const cache = await loaded(path);
    assert.deepEqual(cache.findings(POST, STAMP, key), { ...FINDINGS, key });
    assert.equal(cache.findings(POST, { ...STAMP, mtimeMs: STAMP.mtimeMs + 1 }, key), undefined);
    assert.equal(cache.findings(POST, STAMP, `${key}x`), undefined);
    assert.deepEqual(cache.kept(POST, key), { summary: SUMMARY, digest: 'bytes-1', findings: { ...FINDINGS, key } });
    assert.equal(cache.kept(POST, `${key}x`), undefined);
  });

  it('keys findings by the settings, the place of the post and its site', async () => {
    const cache = await loaded(undefined);
    const site = { facts: { root: '/blog', permalink: 'date' }, path: '_posts/a.md' } as unknown as NonNullable<
      Parameters<SummaryCache['findingsKey']>[0]['site']
    >;
    const keys = [
      OPTIONS,
      { ...OPTIONS, rules: { 'title-spacing': 'off' as const } },
      { ...OPTIONS, relativePath: '_posts/b.md' },
      { ...OPTIONS, maxLength: 10 },
      { ...OPTIONS, site },
      { ...OPTIONS, site: { ...site, facts: { ...site.facts, permalink: 'pretty' } } },
    ].map((options) => cache.findingsKey(options as Parameters<SummaryCache['findingsKey']>[0]));
    assert.equal(new Set(keys).size, keys.length);
    assert.equal(cache.findingsKey({ ...OPTIONS, rules: {} }), keys[0], 'the same settings, the same key');
  });

  it('gives back a saved summary, or no digest, for the same stamp and settings in a later session', async () => {
    const path = cacheFile();
    await savedCache(path);
    const cache = await loaded(path);
    assert.deepEqual(cache.get(POST, STAMP, INDEX_SETTINGS), SUMMARY);
    assert.equal(cache.get(README, STAMP, INDEX_SETTINGS), null);
  });

  it('wants the file read again when its time, its size or the folder settings changed', async () => {
    const path = cacheFile();
    await savedCache(path);
    const cache = await loaded(path);
    assert.equal(cache.get(POST, { ...STAMP, mtimeMs: STAMP.mtimeMs + 1 }, INDEX_SETTINGS), undefined);
    assert.equal(cache.get(POST, { ...STAMP, size: STAMP.size - 1 }, INDEX_SETTINGS), undefined);
    assert.equal(cache.get(POST, STAMP, { ...INDEX_SETTINGS, files: ['posts/**/*.md'] }), undefined);
    assert.equal(cache.get('file:///blog/_posts/other.md', STAMP, INDEX_SETTINGS), undefined);
  });

  it('starts empty when another build of the server wrote the cache', async () => {
    const path = cacheFile();
    await savedCache(path);
    assert.equal((await loaded(path, 'build-2')).get(POST, STAMP, INDEX_SETTINGS), undefined);
  });

  it('starts empty, without an error, from a missing, damaged or foreign file', async () => {
    const path = cacheFile();
    await savedCache(path);
    const saved = readFileSync(path, 'utf8');
    const damaged = [
      saved.slice(0, saved.length / 2),
      'null',
      '[]',
      '\u0000\u0001binary',
      saved.replace('"papers":[', '"papers":[null,'),
      saved.replace('"mtimeMs":', '"mtime":'),
      JSON.stringify({ format: 2, version: 'build-1', files: null }),
      saved.replace('"lineStarts":[', '"lineStarts":["x",'),
    ];
    for (const text of damaged) {
      writeFileSync(path, text);
      assert.equal((await loaded(path)).get(POST, STAMP, INDEX_SETTINGS), undefined, text.slice(0, 40));
    }
    assert.equal((await loaded(join(root, 'missing', 'index-cache.json'))).get(POST, STAMP, INDEX_SETTINGS), undefined);
  });

  it('saves only the files looked up since loading (the others are gone), and forgets deleted files and folders', async () => {
    const path = cacheFile();
    await savedCache(path);
    const session = await loaded(path);
    session.get(README, STAMP, INDEX_SETTINGS);
    await session.save();
    assert.equal((await loaded(path)).get(POST, STAMP, INDEX_SETTINGS), undefined, 'not looked up: gone');
    assert.equal((await loaded(path)).get(README, STAMP, INDEX_SETTINGS), null);

    const next = await loaded(path);
    next.set(POST, STAMP, INDEX_SETTINGS, { summary: SUMMARY });
    next.keep(README);
    next.delete('file:///blog/_posts');
    await next.save();
    const last = await loaded(path);
    assert.equal(last.get(POST, STAMP, INDEX_SETTINGS), undefined, 'its folder was deleted');
    assert.equal(last.get(README, STAMP, INDEX_SETTINGS), null, 'kept while open in the editor');
  });

  it('keeps nothing without a storage folder', async () => {
    const cache = await loaded(undefined);
    cache.set(POST, STAMP, INDEX_SETTINGS, { summary: SUMMARY });
    await cache.save();
    assert.equal(existsSync(join(root, 'undefined')), false);
  });
});
