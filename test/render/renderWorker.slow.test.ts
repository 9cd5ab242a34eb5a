// paperDigest/render through the built render worker (dist/jobWorker.js and dist/render.js): the same page as in the
// server's thread, and a render over its deadline stopped there while the server's thread stays free.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DidOpenTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { nodeJobRunners } from '../../server/src/lsp/nodeWorkers';
import { ServerWorkers } from '../../server/src/lsp/workers';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { RENDER_METHOD, type RenderParams, type RenderResult } from '../../server/src/protocol/render';
import type { Failure } from '../../server/src/protocol/requests';
import { REPO } from '../helpers';
import { shownContent } from './helpers';
import { renderRequestServer } from './renderRequestServer';

const SITE = join(REPO, 'test/fixtures/jekyll-site');
const POST = join(SITE, '_posts/2025-10-31-daily-papers-20251031.md');

describe('the paperDigest/render request in the render worker', () => {
  const { client } = renderRequestServer(SITE, {
    settings: { limits: { renderTimeoutMs: 2000 } },
    prepare: (context) =>
      (context.workers = new ServerWorkers(
        nodeJobRunners('en', nodeFileSystem, join(REPO, 'dist/jobWorker.js')),
        nodeFileSystem,
        () => true,
      )),
  });

  const open = async (text: string, version: number) => {
    const uri = pathToFileURL(POST).href;
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version, text },
    });
    return { uri, trusted: true, remoteContent: false, resourceRoots: [] } satisfies RenderParams;
  };

  it('renders as in this thread', async () => {
    const result = await client.sendRequest<RenderResult>(RENDER_METHOD, await open(readFileSync(POST, 'utf8'), 1));
    assert.equal(result.theme, 'site');
    assert.match(
      shownContent(result),
      /<h1 id="1-scaling-laws-for-motion-generation-data-model-and---evaluation" data-line="9">/,
    );
  });

  it("stops a Liquid loop at the render deadline and answers with a message, the server's thread free meanwhile", async () => {
    const looping = readFileSync(POST, 'utf8').replace(
      '## Method',
      '{% for i in (1..100000) %}{% for j in (1..100000) %}{{ i }}{% endfor %}{% endfor %}\n\n## Method',
    );
    let answered = false;
    const answer = client
      .sendRequest<RenderResult | Failure>(RENDER_METHOD, await open(looping, 2))
      .finally(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(answered, false, 'a timer of this thread ran while the render was under way');
    const result = await answer;
    assert.deepEqual(result, {
      error:
        'The preview took longer than 2 seconds to render and was stopped (paperDigest.limits.renderTimeoutMs). A template may loop, or the post may repeat some markup thousands of times.',
    });
    assert.equal(
      (await client.sendRequest<RenderResult>(RENDER_METHOD, await open(readFileSync(POST, 'utf8'), 3))).version,
      3,
      'a new worker renders the next request',
    );
  });
});
