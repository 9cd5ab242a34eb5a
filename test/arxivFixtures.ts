import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { REPO } from './helpers';

/** A recorded Atom answer of the arXiv export API (test/fixtures/arxiv). */
export function atomFixture(name: string): string {
  return readFileSync(join(REPO, 'test/fixtures/arxiv', name), 'utf8');
}

export interface FakeArxiv {
  /** The query endpoint to put in `paperDigest.arxiv.apiUrl`. */
  apiUrl: string;
  /** The `id_list` of every request received, in order. */
  requested: string[];
  close(): Promise<void>;
}

type Answer = (id: string, request: IncomingMessage, response: ServerResponse) => void;

/**
 * An arXiv export API on 127.0.0.1 that answers `/api/query?id_list=ID` from the recorded fixtures:
 * `<id>.xml` when there is one, else the `no-results` feed. `answer` replaces that for special cases.
 */
export async function startFakeArxiv(answer?: Answer): Promise<FakeArxiv> {
  const requested: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const id = url.searchParams.get('id_list') ?? '';
    requested.push(id);
    if (answer) return answer(id, request, response);
    let body: string;
    try {
      body = atomFixture(`${id.replace(/\//g, '_')}.xml`);
    } catch {
      body = atomFixture('no-results.xml');
    }
    response.writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/query`,
    requested,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
