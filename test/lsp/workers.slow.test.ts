import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { nodeJobRunners } from '../../server/src/lsp/nodeWorkers';
import { ServerWorkers } from '../../server/src/lsp/workers';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { summarizeFile, type SummaryRequest } from '../../server/src/workspace/summarizeFile';
import { post, REPO } from '../helpers';
import { lowered, threadNiceness } from '../jobs/threadNiceness';
import { INDEX_SETTINGS } from '../workspace/testIndexer';

const root = mkdtempSync(join(tmpdir(), 'paper-digest-workers-'));
/** The bundled worker (`npm run build`): worker threads do not load TypeScript sources. */
const WORKER = join(REPO, 'dist/jobWorker.js');

/** The desktop server's workers over `script`. */
function workers(script = WORKER): ServerWorkers {
  return new ServerWorkers(nodeJobRunners(undefined, nodeFileSystem, script), nodeFileSystem, () => true);
}

function request(name: string, text: string): SummaryRequest {
  const path = join(root, name);
  writeFileSync(path, text);
  return { path, relativePath: `_posts/${name}`, settings: INDEX_SETTINGS };
}

after(() => rmSync(root, { recursive: true, force: true }));

describe('ServerWorkers: summaries for the workspace index', () => {
  it('summarize at a lower priority than the server\'s thread, on Linux (first: no other worker runs yet)', { skip: process.platform !== 'linux' && 'threads share a priority elsewhere' }, async () => {
    const before = threadNiceness();
    await workers().summarize(request('2025-10-09-daily-papers.md', post()));
    if (lowered(10) > Math.max(...before)) assert.ok(!before.includes(lowered(10)), `threads were already at ${lowered(10)}: ${before}`);
    assert.ok(threadNiceness().includes(lowered(10)), `a thread at niceness ${lowered(10)} among ${threadNiceness()}`);
  });

  it('summarize on a worker thread exactly as in this thread, many at once', async () => {
    const pool = workers();
    const requests = Array.from({ length: 12 }, (_, i) => request(`2025-10-${10 + i}-daily-papers.md`, post([{ id: `2510.${26001 + i}` }, {}])));
    const summaries = await Promise.all(requests.map((r) => pool.summarize(r)));
    assert.deepEqual(summaries, await Promise.all(requests.map((r) => summarizeFile(r, nodeFileSystem))));
    assert.equal(summaries[3]?.papers[0].arxivId, '2510.26004');
  });

  it('pass on a file that cannot be read as an error', async () => {
    await assert.rejects(workers().summarize({ ...request('x.md', ''), path: join(root, 'missing.md') }), /ENOENT/);
  });

  it('summarize in this thread when no worker is built', async () => {
    const summary = await workers(join(root, 'no-such-worker.js')).summarize(request('2025-10-31-daily-papers.md', post()));
    assert.equal(summary?.papers.length, 3);
  });
});
