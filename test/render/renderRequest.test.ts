import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
} from 'vscode-languageserver-protocol/node';
import type { RenderInput } from '../../server/src/jobs/renderJobs';
import { RENDER_METHOD, shownAfter, type RenderParams, type RenderResult } from '../../server/src/protocol/render';
import { generatePost } from '../generatedBlog';
import { REPO } from '../helpers';
import { shownContent } from './helpers';
import { renderRequestServer } from './renderRequestServer';

const SITE = join(REPO, 'test/fixtures/jekyll-site');
const POST = join(SITE, '_posts/2025-10-31-daily-papers-20251031.md');

describe('the paperDigest/render request', () => {
  const { client, context } = renderRequestServer(SITE);

  const params = (uri: string, trusted = true): RenderParams => ({
    uri,
    trusted,
    remoteContent: false,
    resourceRoots: [{ path: SITE, webviewUri: 'https://file+.vscode-resource.vscode-cdn.net/site' }],
  });

  it('renders a post that is not open from disk, with the site layout when trusted', async () => {
    const result = await client.sendRequest<RenderResult>(RENDER_METHOD, params(pathToFileURL(POST).href));
    assert.equal(result.version, undefined);
    assert.equal(result.theme, 'site');
    assert.equal(result.title, 'Daily Papers — 2025-10-31');
    assert.match(
      shownContent(result),
      /<h1 id="1-scaling-laws-for-motion-generation-data-model-and---evaluation" data-line="9">/,
    );
  });

  it('renders the open document as typed, and the built-in theme when untrusted', async () => {
    const uri = pathToFileURL(POST).href;
    const text = readFileSync(POST, 'utf8').replace('## Limitations', '## 한계');
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 7, text },
    });
    const result = await client.sendRequest<RenderResult>(RENDER_METHOD, params(uri, false));
    assert.equal(result.version, 7);
    assert.equal(result.theme, 'builtin');
    assert.match(shownContent(result), /<h2 id="한계" data-line="\d+">한계<\/h2>/);
    assert.match(result.chrome!.before, /Created in <time[^>]*>October 31, 2025<\/time>/);
  });

  it('reads no file outside the workspace folders: it answers with a message', async () => {
    assert.deepEqual(await client.sendRequest(RENDER_METHOD, params('file:///etc/passwd')), {
      error: 'Only the digest posts of the workspace folders can be previewed.',
    });
  });

  it('renders an unsaved post with the built-in theme', async () => {
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: {
        uri: 'untitled:Untitled-1',
        languageId: 'markdown',
        version: 1,
        text: '# 1. [새 논문](https://arxiv.org/abs/2511.00001)\n',
      },
    });
    const result = await client.sendRequest<RenderResult>(RENDER_METHOD, params('untitled:Untitled-1'));
    assert.equal(result.theme, 'builtin');
    assert.match(shownContent(result), /<h1 id="1-새-논문" data-line="0">/);
  });

  it('says at the top when jekyll build would stop on the post, with its message and line, and still renders it', async () => {
    const uri = pathToFileURL(join(SITE, '_posts/2025-10-30-broken.md')).href;
    const text = readFileSync(POST, 'utf8').replace(
      '## Method  \n',
      '## Method  \n\n조건이 끝나면 {% endif %} 로 닫는다.\n',
    );
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    const result = await client.sendRequest<RenderResult>(RENDER_METHOD, params(uri));
    const line = text.split('\n').findIndex((each) => each.includes('{% endif %}'));
    assert.deepEqual(
      { ...result.jekyll, message: result.jekyll?.message.replace(/^.* Jekyll: /, '') },
      {
        kind: 'fails',
        title: 'jekyll build stops on this post',
        // Jekyll counts the lines of the content, which starts after the front matter and the blank lines after it.
        message: `Liquid syntax error (line ${line - 8}): Unknown tag 'endif'`,
        line,
        lineLabel: `Line ${line + 1}`,
      },
    );
    assert.match(shownContent(result), /<h1 id="1-scaling-laws/);
  });

  it('says so when Jekyll would build the site without the post, and nothing of a post it publishes', async () => {
    const uri = pathToFileURL(join(SITE, '_posts/daily-papers-20251031.md')).href;
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text: readFileSync(POST, 'utf8') },
    });
    const skipped = await client.sendRequest<RenderResult>(RENDER_METHOD, params(uri));
    assert.equal(skipped.jekyll?.kind, 'skips');
    assert.equal(skipped.jekyll?.title, 'Jekyll does not publish this post');
    const published = await client.sendRequest<RenderResult>(RENDER_METHOD, params(pathToFileURL(POST).href));
    assert.equal(published.jekyll, undefined);
  });

  describe('a long post shown first to its first screen', () => {
    const uri = pathToFileURL(join(SITE, '_posts/2025-11-01-daily-papers.md')).href;
    const post = generatePost(40, { date: '2025-11-01' });
    const renders: RenderInput[] = [];
    before(() => {
      const workers = context.workers;
      const renderPreview = workers.renderPreview.bind(workers);
      workers.renderPreview = (input, deadlineMs) => {
        renders.push(input);
        return renderPreview(input, deadlineMs);
      };
    });

    async function firstScreen(version: number): Promise<RenderResult> {
      await client.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version, text: post },
      });
      renders.length = 0;
      const first = await client.sendRequest<RenderResult>(RENDER_METHOD, { ...params(uri), viewLine: 0 });
      assert.equal(first.complete, false);
      return first;
    }

    it('renders the rest as the first answer leaves, and the request for it only collects it', async () => {
      const first = await firstScreen(1);
      assert.deepEqual(
        renders.map(({ options }) => options.viewLine),
        [0, undefined],
        'the rest is on its way before the preview asks',
      );
      assert.deepEqual(renders[1].options.shown, shownAfter(first));

      const rest = await client.sendRequest<RenderResult>(RENDER_METHOD, { ...params(uri), shown: shownAfter(first) });
      assert.equal(renders.length, 2, 'no render more');
      assert.equal(rest.complete, true);
      assert.equal(rest.version, 1);
      assert.deepEqual(
        rest.blocks.slice(0, first.blocks.length),
        first.blocks.map(({ key, line }) => ({ key, line })),
      );
      assert.equal(rest.blocks.length, 41);
      assert.match(shownContent(rest), /<h1 id="40-[^"]*" data-line="\d+">/);
    });

    it('renders anew when the post changed after its first answer', async () => {
      const first = await firstScreen(2);
      const typed = post.replace('# 40. ', '# 40. 새 ');
      await client.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 3 },
        contentChanges: [{ text: typed }],
      });
      const rest = await client.sendRequest<RenderResult>(RENDER_METHOD, { ...params(uri), shown: shownAfter(first) });
      assert.equal(renders.length, 3);
      assert.equal(rest.version, 3);
      assert.match(shownContent(rest), /<h1 id="40-새-[^"]*" data-line="\d+">/);
    });
  });
});
