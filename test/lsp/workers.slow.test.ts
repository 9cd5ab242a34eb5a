import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { nodeJobRunners } from '../../server/src/lsp/nodeWorkers';
import { ServerWorkers, type JobRunners } from '../../server/src/lsp/workers';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import type { SummaryRequest } from '../../server/src/workspace/summarizeFile';
import type { FileSystem } from '../../server/src/core/fileSystem';
import { EXAMPLE_POST } from '../editorScenario';
import { post, REPO, TEST_BLOG } from '../helpers';
import { lowered, threadNiceness } from '../jobs/threadNiceness';
import { INDEX_SETTINGS, summarizeFile } from '../workspace/testIndexer';

const root = mkdtempSync(join(tmpdir(), 'paper-digest-workers-'));
/** The bundled workers (`npm run build`): worker threads do not load TypeScript sources. */
const BUNDLES = join(REPO, 'dist');
const EXAMPLE = join(TEST_BLOG, EXAMPLE_POST);

/** The desktop server's workers over the bundles in `bundles`. */
function workers(bundles = BUNDLES): ServerWorkers {
  return new ServerWorkers(nodeJobRunners(undefined, nodeFileSystem, bundles), nodeFileSystem, () => true);
}

function request(name: string, text: string): SummaryRequest {
  const path = join(root, name);
  writeFileSync(path, text);
  return { path, relativePath: `_posts/${name}`, settings: INDEX_SETTINGS };
}

after(() => rmSync(root, { recursive: true, force: true }));

describe('ServerWorkers: summaries for the workspace index', () => {
  it(
    "summarize at a lower priority than the server's thread, on Linux (first: no other worker runs yet)",
    { skip: process.platform !== 'linux' && 'threads share a priority elsewhere' },
    async () => {
      const before = threadNiceness();
      await workers().summarize(request('2025-10-09-daily-papers.md', post()));
      if (lowered(10) > Math.max(...before))
        assert.ok(!before.includes(lowered(10)), `threads were already at ${lowered(10)}: ${before}`);
      assert.ok(
        threadNiceness().includes(lowered(10)),
        `a thread at niceness ${lowered(10)} among ${threadNiceness()}`,
      );
    },
  );

  it('summarize on a worker thread exactly as in this thread, many at once', async () => {
    const pool = workers();
    const requests = Array.from({ length: 12 }, (_, i) =>
      request(`2025-10-${10 + i}-daily-papers.md`, post([{ id: `2510.${26001 + i}` }, {}])),
    );
    const summaries = await Promise.all(requests.map((r) => pool.summarize(r)));
    assert.deepEqual(summaries, await Promise.all(requests.map((r) => summarizeFile(r, nodeFileSystem))));
    assert.equal(summaries[3]?.papers[0].arxivId, '2510.26004');
  });

  it('pass on a file that cannot be read as an error', async () => {
    await assert.rejects(workers().summarize({ ...request('x.md', ''), path: join(root, 'missing.md') }), /ENOENT/);
  });

  it('summarize in this thread when no worker is built', async () => {
    const summary = await workers(join(root, 'no-such-bundles')).summarize(
      request('2025-10-31-daily-papers.md', post()),
    );
    assert.equal(summary?.papers.length, 3);
  });
});

/** The test blog as a virtual folder at /vfs/blog (a GitHub repository opened remotely): readable only here. */
function virtualBlog(reads: string[]): FileSystem {
  const onDisk = (path: string) => {
    reads.push(path);
    return path.startsWith('/vfs/blog') ? TEST_BLOG + path.slice('/vfs/blog'.length) : '/nonexistent';
  };
  return {
    stat: (path) => nodeFileSystem.stat(onDisk(path)),
    readFile: (path) => nodeFileSystem.readFile(onDisk(path)),
    readDirectory: (path) => nodeFileSystem.readDirectory(onDisk(path)),
    realPath: async (path) => ((await nodeFileSystem.realPath(onDisk(path))) ? path : undefined),
  };
}

describe("ServerWorkers: summaries of a virtual folder's posts (read only through this thread)", () => {
  const summaryRequest = {
    path: '/vfs/blog/_posts/2025-08-29-daily-papers-20250829.md',
    relativePath: '_posts/2025-08-29-daily-papers-20250829.md',
    settings: INDEX_SETTINGS,
  };

  it('are made on a worker from the text read here, as in this thread', async () => {
    const files = virtualBlog([]);
    const summary = await new ServerWorkers(nodeJobRunners(undefined, files, BUNDLES), files, () => false).summarize(
      summaryRequest,
    );
    assert.ok(summary?.papers.length);
    assert.deepEqual(summary, await summarizeFile(summaryRequest, files));
  });

  it('are made under the check deadline: a post over it is left out of the index', async () => {
    const asked: [string, unknown, unknown][] = [];
    const analysis = {
      run: async (...args: [string, unknown, unknown]) => (asked.push(args), { status: 'timedOut' }),
    } as unknown as JobRunners['analysis'];
    const files = virtualBlog([]);
    const runners = {
      analysis,
      render: analysis as unknown as JobRunners['render'],
      renderRelayed: analysis as unknown as JobRunners['render'],
      site: analysis as unknown as JobRunners['render'],
      siteRelayed: analysis as unknown as JobRunners['render'],
    };
    assert.equal(await new ServerWorkers(runners, files, () => false).summarize(summaryRequest), undefined);
    assert.deepEqual(
      asked.map(([kind, , options]) => [kind, options]),
      [['summarizeText', { deadlineMs: 5000 }]],
    );
  });
});

describe("ServerWorkers: the preview of a virtual folder's post", () => {
  const postPath = '/vfs/blog/_posts/2025-10-31-daily-papers.md';
  const render = (files: FileSystem, text: string, deadlineMs = 60_000) =>
    new ServerWorkers(nodeJobRunners(undefined, files, BUNDLES), files, () => false).renderPreview(
      { source: { text, filePath: postPath, allowSite: true }, options: { resourceRoots: [] } },
      deadlineMs,
    );

  it("shows the post at once while the site is read through this thread, then with the site's layout", async () => {
    const reads: string[] = [];
    const files = virtualBlog(reads);
    const workers = new ServerWorkers(nodeJobRunners(undefined, files, BUNDLES), files, () => false);
    const siteRead = new Promise<void>((resolve) => workers.sites.onStylesReady(resolve));
    const input = { source: { text: post(), filePath: postPath, allowSite: true }, options: { resourceRoots: [] } };
    const first = await workers.renderPreview(input, 60_000);
    assert.ok(!('error' in first), JSON.stringify(first));
    assert.deepEqual([first.theme, first.stylesLoading, first.notes], ['builtin', true, []]);
    await siteRead;
    const page = await workers.renderPreview(input, 60_000);
    assert.ok(!('error' in page), JSON.stringify(page));
    assert.equal(page.theme, 'site', "the site's layouts were read through the relay");
    assert.ok(reads.includes('/vfs/blog/_config.yml'), `reads: ${reads.slice(0, 5)}`);
  });

  it('stops a render over its deadline there and says so', async () => {
    const looping = `${post()}\n{% for i in (1..100000) %}{% for j in (1..100000) %}{{ i }}{% endfor %}{% endfor %}\n`;
    const page = await render(virtualBlog([]), looping, 1000);
    assert.match('error' in page ? page.error : '', /longer than 1 seconds/);
  });
});

describe("ServerWorkers: the preview's renders", () => {
  it('drop a render still waiting when another is asked for (the user moved to another post)', async () => {
    const workers = new ServerWorkers(nodeJobRunners(undefined, nodeFileSystem, BUNDLES), nodeFileSystem, () => true);
    const render = (text: string, deadlineMs = 60_000) =>
      workers.renderPreview({ source: { text, allowSite: false }, options: { resourceRoots: [] } }, deadlineMs);
    const looping = `${post()}\n{% for i in (1..100000) %}{% for j in (1..100000) %}{{ i }}{% endfor %}{% endfor %}\n`;
    const running = render(looping, 1000);
    const superseded = render(post([{ title: 'First Post Asked For' }]));
    const asked = render(post([{ title: 'Second Post Asked For' }]));
    await assert.rejects(superseded, /a newer render took its place/);
    await running;
    const page = await asked;
    assert.ok(!('error' in page) && page.title.length > 0, JSON.stringify(page).slice(0, 200));
  });
});

describe("ServerWorkers: the preview's workers keep the renderer's compiled code", () => {
  const folder = mkdtempSync(join(tmpdir(), 'paper-digest-code-'));
  after(() => rmSync(folder, { recursive: true, force: true }));
  const firstPreview = (codeCache: string) =>
    new ServerWorkers(
      nodeJobRunners(undefined, nodeFileSystem, BUNDLES, codeCache),
      nodeFileSystem,
      () => true,
    ).renderPreview(
      {
        source: { text: readFileSync(EXAMPLE, 'utf8'), filePath: EXAMPLE, allowSite: true },
        options: { resourceRoots: [] },
      },
      60_000,
    );

  it("in the folder given, once the render worker's and the site worker's first work is done", async () => {
    const page = await firstPreview(join(folder, 'code-cache'));
    assert.ok(!('error' in page) && page.title.length > 0);
    const kept = await eventually(
      () => readdirSync(join(folder, 'code-cache')).sort(),
      (names) => names.length === 2,
    );
    assert.match(kept.join(' '), /^render-render-[0-9a-f]{16}\.v8 render-site-[0-9a-f]{16}\.v8$/);
    assert.equal(statSync(join(folder, 'code-cache')).mode & 0o777, 0o700);
  });

  it('nowhere when others may write the folder: the preview is rendered as without it', async () => {
    const open = join(folder, 'open');
    mkdirSync(open);
    chmodSync(open, 0o777);
    const page = await firstPreview(open);
    assert.ok(!('error' in page) && page.title.length > 0);
    assert.deepEqual(readdirSync(open), []);
  });
});

/** The value `read` gives once `done` holds of it, read again every 100 ms (the workers keep their code when idle). */
async function eventually<T>(read: () => T, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('ServerWorkers: posts that are not open', () => {
  const runner = <T>() => ({}) as T;
  const runners = {
    analysis: runner<JobRunners['analysis']>(),
    render: runner<JobRunners['render']>(),
    renderRelayed: runner<JobRunners['renderRelayed']>(),
    site: runner<JobRunners['site']>(),
    siteRelayed: runner<JobRunners['siteRelayed']>(),
  };

  it("are checked on the index's runner, so that the whole blog's checks start no worker beside the index's", () => {
    const index = runner<NonNullable<JobRunners['index']>>();
    assert.equal(new ServerWorkers({ ...runners, index }, nodeFileSystem, () => true).closedPostAnalysis, index);
  });

  it('are checked beside the open posts where there is no index runner (the browser)', () => {
    assert.equal(new ServerWorkers(runners, nodeFileSystem, () => true).closedPostAnalysis, runners.analysis);
  });
});
