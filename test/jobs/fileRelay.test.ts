// A worker that reads through the thread that started it (a virtual folder's preview, every preview in the browser):
// the reads a job asks for at once go in one message, and the thread that reads them reads them at once.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { FileSystem } from '../../server/src/core/fileSystem';
import { JobPool } from '../../server/src/jobs/jobPool';
import { serveJobs, type PoolMessage, type WorkerMessage } from '../../server/src/jobs/serveJobs';

type Jobs = { readAll: (paths: string[]) => Promise<string[]> };

describe("a worker's relayed reads", () => {
  it('go to the thread that started it in one message for the reads asked at once, each answered', async () => {
    const sent: WorkerMessage[] = [];
    const readHere: string[] = [];
    const files: FileSystem = {
      stat: async () => undefined,
      readFile: async (path) => (readHere.push(path), new TextEncoder().encode(`text of ${path}`)),
      readDirectory: async () => [],
      realPath: async (path) => path,
    };
    const pool = new JobPool<Jobs>({
      size: 1,
      memoryMb: 64,
      idleMs: 60_000,
      files,
      start: (events) => {
        let toWorker: (message: PoolMessage) => void = () => undefined;
        serveJobs(
          {
            setup: { relayFiles: true },
            post: (message) => (sent.push(message), queueMicrotask(() => events.message(message))),
            listen: (listener) => (toWorker = listener),
          },
          (relayed) => ({
            readAll: async (paths: string[]) =>
              Promise.all(paths.map(async (path) => new TextDecoder().decode(await relayed.readFile(path)))),
          }),
        );
        return { postMessage: (message) => queueMicrotask(() => toWorker(message)), terminate: () => undefined };
      },
    });
    const outcome = await pool.run('readAll', ['/a', '/b', '/c'], { deadlineMs: 10_000 });
    assert.deepEqual(outcome, { status: 'done', value: ['text of /a', 'text of /b', 'text of /c'] });
    const requests = sent.filter((message) => 'fileRequests' in message);
    assert.equal(requests.length, 1);
    assert.deepEqual(readHere, ['/a', '/b', '/c']);
    await pool.close();
  });
});
