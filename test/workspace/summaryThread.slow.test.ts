import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { summarizeFile, type SummaryRequest } from '../../server/src/workspace/summarizeFile';
import { SummaryThread } from '../../server/src/workspace/summaryThread';
import { post, REPO } from '../helpers';
import { INDEX_SETTINGS } from './testIndexer';

const root = mkdtempSync(join(tmpdir(), 'paper-digest-thread-'));
/** The bundled worker (`npm run build`): worker threads do not load TypeScript sources. */
const WORKER = join(REPO, 'dist/summaryWorker.js');

function request(name: string, text: string): SummaryRequest {
  const path = join(root, name);
  writeFileSync(path, text);
  return { path, relativePath: `_posts/${name}`, settings: INDEX_SETTINGS };
}

after(() => rmSync(root, { recursive: true, force: true }));

describe('SummaryThread', () => {
  it('runs at a lower priority than the server\'s thread, on Linux (first: no other worker runs yet)', { skip: process.platform !== 'linux' && 'threads share a priority elsewhere' }, async () => {
    const niceness = () => readdirSync('/proc/self/task').map((task) => Number(readFileSync(`/proc/self/task/${task}/stat`, 'utf8').split(') ')[1].split(' ')[16]));
    const before = niceness();
    const thread = new SummaryThread(WORKER);
    await thread.summarize(request('2025-10-09-daily-papers.md', post()));
    assert.ok(!before.includes(10), `threads were already at 10: ${before}`);
    assert.ok(niceness().includes(10), `a thread at niceness 10 among ${niceness()}`);
  });

  it('summarizes on a worker thread exactly as in this thread, many at once', async () => {
    const thread = new SummaryThread(WORKER);
    const requests = Array.from({ length: 12 }, (_, i) => request(`2025-10-${10 + i}-daily-papers.md`, post([{ id: `2510.${26001 + i}` }, {}])));
    const summaries = await Promise.all(requests.map((r) => thread.summarize(r)));
    assert.deepEqual(summaries, await Promise.all(requests.map((request) => summarizeFile(request, nodeFileSystem))));
    assert.equal(summaries[3]?.papers[0].arxivId, '2510.26004');
  });

  it('passes on a file that cannot be read as a failed request', async () => {
    const thread = new SummaryThread(WORKER);
    await assert.rejects(thread.summarize({ ...request('x.md', ''), path: join(root, 'missing.md') }), /ENOENT/);
  });

  it('summarizes in this thread when the worker cannot run', async () => {
    const broken = join(root, 'broken-worker.js');
    writeFileSync(broken, 'throw new Error("no worker here");');
    const thread = new SummaryThread(broken);
    const summary = await thread.summarize(request('2025-10-31-daily-papers.md', post()));
    assert.equal(summary?.papers.length, 3);
    const next = await thread.summarize(request('2025-11-01-daily-papers.md', post([{}])));
    assert.equal(next?.papers.length, 1);
  });
});
