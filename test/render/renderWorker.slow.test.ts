// paperDigest/render through the built render worker (dist/previewWorker.js and dist/render.js): the same page as in the
// server's thread, and a render over its deadline stopped there while the server's thread stays free.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
} from 'vscode-languageserver-protocol/node';
import { nodeJobRunners } from '../../server/src/lsp/nodeWorkers';
import { ServerWorkers } from '../../server/src/lsp/workers';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import {
  RENDER_METHOD,
  shownAfter,
  SITE_STYLES_READY_METHOD,
  type RenderParams,
  type RenderResult,
} from '../../server/src/protocol/render';
import type { Failure } from '../../server/src/protocol/requests';
import { REPO } from '../helpers';
import { folderWith, FRONT_MATTER, shownContent } from './helpers';
import { renderRequestServer } from './renderRequestServer';

const SITE = join(REPO, 'test/fixtures/jekyll-site');
const POST = join(SITE, '_posts/2025-10-31-daily-papers-20251031.md');

/** A post with a Liquid loop that never ends in time, rendered under a short deadline. */
const LOOPING_POST = join(SITE, '_posts/2025-10-31-looping.md');

describe('the paperDigest/render request in the render worker', () => {
  const { client } = renderRequestServer(SITE, {
    // The looping post has a short deadline; the others the longest, which no render of a post of the site comes near
    // on however busy a machine.
    settings: (scopeUri) => ({
      limits: { renderTimeoutMs: scopeUri === pathToFileURL(LOOPING_POST).href ? 2000 : 120_000 },
    }),
    prepare: (context) =>
      (context.workers = new ServerWorkers(
        nodeJobRunners('en', nodeFileSystem, join(REPO, 'dist')),
        nodeFileSystem,
        () => true,
      )),
  });

  const open = async (text: string, version: number, file = POST) => {
    const uri = pathToFileURL(file).href;
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

  it("stops a Liquid loop and answers with a message, the server's thread free meanwhile", async () => {
    const looping = readFileSync(POST, 'utf8').replace(
      '## Method',
      '{% for i in (1..100000) %}{% for j in (1..100000) %}{{ i }}{% endfor %}{% endfor %}\n\n## Method',
    );
    let answered = false;
    const answer = client
      .sendRequest<RenderResult | Failure>(RENDER_METHOD, await open(looping, 2, LOOPING_POST))
      .finally(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(answered, false, 'a timer of this thread ran while the render was under way');
    const result = await answer;
    // The render deadline counts the worker's CPU; liquidjs's own limit (3 s) counts the clock, so on a loaded
    // machine it may stop the loop first, and the post is shown as written with a note.
    if ('error' in result)
      assert.equal(
        result.error,
        'The preview took longer than 2 seconds to render and was stopped (paperDigest.limits.renderTimeoutMs). A template may loop, or the post may repeat some markup thousands of times.',
      );
    else assert.match(result.notes.join('\n'), /template render limit exceeded/);
    assert.equal(
      (await client.sendRequest<RenderResult>(RENDER_METHOD, await open(readFileSync(POST, 'utf8'), 3))).version,
      3,
      'a new worker renders the next request',
    );
  });
});

/** Sass that takes seconds of CPU (a loop of millions of steps) and writes one rule: far over a post's deadline. */
const SLOW_SASS =
  '@function spin($n) { $x: 0; @for $i from 1 through $n { $x: ($x + $i * 7) % 1000; } @return $x; }\n.slow { width: spin(3000000) * 1px; }\n';

describe("the site's work in its own worker, apart from a post's render deadline", () => {
  const root = folderWith({
    '_config.yml': 'title: 블로그\n',
    '_layouts/post.html':
      '<html><head><link rel="stylesheet" href="/assets/css/main.css"></head><body><main>{{ content }}</main></body></html>',
    'assets/css/main.scss': `---\n---\n${SLOW_SASS}`,
    '_posts/2025-10-31-daily-papers.md': `${FRONT_MATTER}\n# 1. [논문](https://arxiv.org/abs/2510.00001)\n`,
  });
  const post = join(root, '_posts/2025-10-31-daily-papers.md');
  const asked: string[] = [];
  const { client } = renderRequestServer(root, {
    settings: { limits: { renderTimeoutMs: 500 } },
    prepare: (context) => {
      const runners = nodeJobRunners('en', nodeFileSystem, join(REPO, 'dist'));
      const site = runners.site;
      const run = site.run.bind(site);
      site.run = (kind, input, options) => (asked.push(kind), run(kind, input, options));
      context.workers = new ServerWorkers(runners, nodeFileSystem, () => true);
    },
  });
  let told = 0;
  const listeners: (() => void)[] = [];
  client.onNotification(SITE_STYLES_READY_METHOD, () => {
    told++;
    for (const listener of listeners.splice(0)) listener();
  });
  const params = (shown?: RenderResult): RenderParams => ({
    uri: pathToFileURL(post).href,
    trusted: true,
    remoteContent: false,
    resourceRoots: [],
    shown: shown && shownAfter(shown),
  });
  const render = async (shown?: RenderResult) => {
    const answer = await client.sendRequest<RenderResult | Failure>(RENDER_METHOD, params(shown));
    assert.ok(!('error' in answer), (answer as Failure).error);
    return answer;
  };

  it("answers within the post's deadline with the site's layout, its Sass still compiling; then the styles", async () => {
    let seen = told;
    const first = await render();
    assert.equal(first.theme, 'site');
    assert.equal(first.stylesLoading, true);
    let styled = first;
    while (styled.stylesLoading) {
      if (told === seen) await new Promise<void>((resolve) => listeners.push(resolve));
      seen = told;
      styled = await render(styled);
    }
    assert.match(styled.styles!.styles.map((style) => ('css' in style ? style.css : '')).join(''), /\.slow \{/);
  });

  it("keeps the site's work when a post's render is stopped: the next render hands the site over, no more", async () => {
    const looping = `${FRONT_MATTER}\n{% for i in (1..100000) %}{% for j in (1..100000) %}{{ i }}{% endfor %}{% endfor %}\n`;
    await client.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: pathToFileURL(post).href, languageId: 'markdown', version: 1, text: looping },
    });
    const stopped = await client.sendRequest<RenderResult | Failure>(RENDER_METHOD, params());
    assert.match('error' in stopped ? stopped.error : '', /longer than 0\.5 seconds/);
    await client.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: pathToFileURL(post).href, version: 2 },
      contentChanges: [{ text: `${FRONT_MATTER}\n# 1. [논문](https://arxiv.org/abs/2510.00001)\n` }],
    });
    const again = await render();
    assert.equal(again.stylesLoading, undefined);
    assert.match(again.styles!.styles.map((style) => ('css' in style ? style.css : '')).join(''), /\.slow \{/);
    assert.deepEqual(asked, ['readSite', 'buildStylesheet'], 'the site was read, and its Sass built, once');
  });
});
