import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fetchArxivPaper } from '../../server/src/net/arxivApi';
import { atomFixture, startFakeArxiv, type FakeArxiv } from '../arxivFixtures';

const errorOf = (answer: object) => (answer as { error: string }).error;

describe('fetching a paper from the arXiv export API (local server on 127.0.0.1)', () => {
  let arxiv: FakeArxiv;
  before(async () => {
    arxiv = await startFakeArxiv();
  });
  after(() => arxiv.close());

  it('asks for the one id and reads its title', async () => {
    const answer = await fetchArxivPaper('2510.26794', { apiUrl: arxiv.apiUrl, timeoutMs: 5000 });
    assert.deepEqual(answer, {
      paper: { id: '2510.26794', title: 'The Quest for Generalizable Motion Generation: Data, Model, and Evaluation' },
    });
    assert.equal(arxiv.requested.at(-1), '2510.26794');
  });

  it('reports an id arXiv does not have', async () => {
    assert.equal(
      errorOf(await fetchArxivPaper('2510.99999', { apiUrl: arxiv.apiUrl, timeoutMs: 5000 })),
      'arXiv has no paper 2510.99999.',
    );
  });

  it('gives up after the timeout with a clear message', async () => {
    const silent = await startFakeArxiv(() => {
      /* never answers */
    });
    try {
      const started = Date.now();
      const answer = await fetchArxivPaper('2510.26794', { apiUrl: silent.apiUrl, timeoutMs: 1000 });
      assert.equal(errorOf(answer), 'arXiv did not answer within 1 s (paperDigest.arxiv.timeoutMs); try again later.');
      assert.ok(Date.now() - started < 4000, 'returns soon after the timeout');
    } finally {
      await silent.close();
    }
  });

  it('times out on an answer that starts but never ends', async () => {
    const stalling = await startFakeArxiv((_id, _request, response) => {
      response.writeHead(200, { 'content-type': 'application/atom+xml' });
      response.write('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">');
    });
    try {
      assert.match(
        errorOf(await fetchArxivPaper('2510.26794', { apiUrl: stalling.apiUrl, timeoutMs: 1000 })),
        /did not answer within 1 s/,
      );
    } finally {
      await stalling.close();
    }
  });

  it('reports malformed XML', async () => {
    const broken = await startFakeArxiv((_id, _request, response) =>
      response.writeHead(200).end(atomFixture('malformed.xml')),
    );
    try {
      assert.match(
        errorOf(await fetchArxivPaper('2510.26794', { apiUrl: broken.apiUrl, timeoutMs: 5000 })),
        /^arXiv's answer is not valid XML/,
      );
    } finally {
      await broken.close();
    }
  });

  it("reports HTTP errors with arXiv's reason when it gives one", async () => {
    const failing = await startFakeArxiv((id, _request, response) => {
      if (id === '2513.12345') response.writeHead(400, 'Bad Request').end(atomFixture('error-bad-id.xml'));
      else response.writeHead(503, 'Service Unavailable').end('Rate exceeded.');
    });
    try {
      assert.equal(
        errorOf(await fetchArxivPaper('2510.26794', { apiUrl: failing.apiUrl, timeoutMs: 5000 })),
        'arXiv answered HTTP 503 Service Unavailable for 2510.26794.',
      );
      assert.equal(
        errorOf(await fetchArxivPaper('2513.12345', { apiUrl: failing.apiUrl, timeoutMs: 5000 })),
        'arXiv answered HTTP 400 Bad Request for 2513.12345: incorrect id format for 2513.12345.',
      );
    } finally {
      await failing.close();
    }
  });

  it('says when arXiv cannot be reached (offline) and when the endpoint setting is not a URL', async () => {
    const port = await closedPort();
    assert.match(
      errorOf(await fetchArxivPaper('2510.26794', { apiUrl: `http://127.0.0.1:${port}/api/query`, timeoutMs: 5000 })),
      /^Could not reach arXiv at 127\.0\.0\.1:\d+ \(.*ECONNREFUSED.*\)\. Are you offline\?$/,
    );
    assert.equal(
      errorOf(await fetchArxivPaper('2510.26794', { apiUrl: 'not a url', timeoutMs: 5000 })),
      'The arXiv API URL `not a url` (paperDigest.arxiv.apiUrl) is not an http(s) URL.',
    );
    assert.match(
      errorOf(await fetchArxivPaper('2510.26794', { apiUrl: 'file:///etc/passwd', timeoutMs: 5000 })),
      /is not an http\(s\) URL/,
    );
  });

  it('stops when the user cancels', async () => {
    const silent = await startFakeArxiv(() => {
      /* never answers */
    });
    try {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      assert.equal(
        errorOf(
          await fetchArxivPaper('2510.26794', { apiUrl: silent.apiUrl, timeoutMs: 10_000, signal: controller.signal }),
        ),
        'Fetching 2510.26794 was cancelled.',
      );
    } finally {
      await silent.close();
    }
  });

  it('refuses an endless answer', async () => {
    const flooding = await startFakeArxiv((_id, _request, response) => {
      response.writeHead(200);
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (response.write(chunk)) {
          /* fill the buffer */
        }
        response.once('drain', pump);
      };
      pump();
    });
    try {
      assert.match(
        errorOf(await fetchArxivPaper('2510.26794', { apiUrl: flooding.apiUrl, timeoutMs: 10_000 })),
        /larger than 2 MB/,
      );
    } finally {
      await flooding.close();
    }
  });
});

/** A port on 127.0.0.1 where nothing listens. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
