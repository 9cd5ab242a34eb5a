// The site's work for the preview, as the server's thread keeps it (in this thread's job runner): read and built once
// for every post, apart from the posts' renders; the first answer has the post, and says that the styles are loading;
// the client hears when they are built; the next session reads them back from the store without compiling Sass.
import assert from 'node:assert/strict';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { InThreadJobs } from '../../server/src/jobs/inThread';
import { loadNodeRenderer } from '../../server/src/jobs/nodeRenderer';
import { renderJobs } from '../../server/src/jobs/renderJobs';
import { ServerWorkers, type PreviewRender } from '../../server/src/lsp/workers';
import type { Failure } from '../../server/src/protocol/requests';
import { diskStore } from '../../server/src/workspace/diskStore';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { folderWith, FRONT_MATTER } from '../render/helpers';

const POST = `${FRONT_MATTER}\n# 1. [논문](https://arxiv.org/abs/2510.00001)\n`;

function blog(files: Record<string, string> = {}): string {
  return folderWith({
    '_config.yml': 'title: 블로그\ncolor: teal\n',
    '_layouts/post.html':
      '<html><head><link rel="stylesheet" href="/assets/css/main.css"></head><body><main>{{ content }}</main></body></html>',
    'assets/css/main.scss': '---\n---\n$accent: {{ site.color }};\n@import "base";\n',
    '_sass/_base.scss': 'main { color: $accent; }\n',
    '_posts/2025-10-31-daily-papers.md': POST,
    '_posts/2025-11-01-daily-papers.md': POST,
    ...files,
  });
}

/** A session of the server's workers in this thread, with the jobs each runner was asked for. */
function session(root: string, store = folderWith({})) {
  const runner = new InThreadJobs(renderJobs(loadNodeRenderer, nodeFileSystem));
  const asked: string[] = [];
  const site = {
    run: (kind: never, input: never, options: never) => (asked.push(kind), runner.run(kind, input, options)),
    notify: (kind: never, input: never) => runner.notify(kind, input),
  } as unknown as InThreadJobs<ReturnType<typeof renderJobs>>;
  const rendered: string[] = [];
  const render = {
    run: (kind: never, input: never, options: never) => (rendered.push(kind), runner.run(kind, input, options)),
    notify: (kind: never, input: never) => runner.notify(kind, input),
  } as unknown as InThreadJobs<ReturnType<typeof renderJobs>>;
  const workers = new ServerWorkers(
    { analysis: runner as never, render, renderRelayed: render, site, siteRelayed: site },
    nodeFileSystem,
    () => true,
  );
  workers.sites.store = diskStore(store, 64 * 1024 * 1024);
  let ready = 0;
  workers.sites.onStylesReady(() => ready++);
  const renderPost = async (post = '2025-10-31-daily-papers.md', shown?: PreviewRender) => {
    const answer = await workers.renderPreview(
      {
        source: { text: POST, filePath: join(root, '_posts', post), allowSite: true },
        options: {
          resourceRoots: [{ path: root, webviewUri: 'https://file+.vscode-resource.vscode-cdn.net/ws' }],
          shown: shown && { chromeKey: shown.chromeKey, stylesKey: shown.stylesKey, blockKeys: [] },
        },
      },
      10_000,
    );
    assert.ok(!('error' in answer), (answer as Failure).error);
    return answer;
  };
  /** Renders until the answer's look is no longer loading, waiting between renders for the server to say it is there. */
  const renderStyled = async (post?: string, shown?: PreviewRender) => {
    for (;;) {
      const told = ready;
      const answer = await renderPost(post, shown);
      if (!answer.stylesLoading) return answer;
      while (ready === told) await new Promise((resolve) => setImmediate(resolve));
      shown = answer;
    }
  };
  /** Settles once the store keeps the site's stylesheet and that its pages link it (written last). */
  const kept = async () => {
    while (!readdirSync(store).some((name) => name.startsWith('linked-')))
      await new Promise((resolve) => setTimeout(resolve, 10));
  };
  return { render: renderPost, renderStyled, asked, rendered, store, kept, workers };
}

const css = (answer: PreviewRender) => answer.styles?.styles.flatMap((style) => ('css' in style ? [style.css] : []));

describe("the preview's site work", () => {
  it("answers with the post at once, says that the site's styles are loading, and tells when they are built", async () => {
    const { render, renderStyled, asked } = session(blog());
    const first = await render();
    assert.equal(first.theme, 'site');
    assert.equal(first.stylesLoading, true);
    assert.deepEqual(css(first), []);
    const styled = await renderStyled(undefined, first);
    assert.match(css(styled)!.join(''), /main \{\s*color: teal;/);
    const other = await render('2025-11-01-daily-papers.md', styled);
    assert.equal(other.styles, undefined, 'another post of the site has the same styles, which the preview holds');
    assert.deepEqual(asked, ['readSite', 'buildStylesheet'], 'the site was read once and its Sass built once');
  });

  it('reads the styles back in the next session without compiling Sass, and rebuilds a damaged entry', async () => {
    const root = blog();
    const first = session(root);
    await first.render();
    await first.kept();
    const second = session(root, first.store);
    assert.match(css(await second.renderStyled())!.join(''), /main \{\s*color: teal;/);
    assert.deepEqual(second.asked, ['readSite', 'readStoredStylesheet']);
    for (const name of readdirSync(first.store).filter((file) => file.startsWith('styles-')))
      writeFileSync(join(first.store, name), '{"format":1,"css":');
    const third = session(root, first.store);
    await third.renderStyled();
    assert.deepEqual(third.asked, ['readSite', 'readStoredStylesheet', 'buildStylesheet']);
  });

  it("keeps the site in the render worker when a post is saved: the site's worker reads that post alone again", async () => {
    const root = blog();
    const { render, renderStyled, asked, rendered, workers } = session(root);
    await renderStyled();
    rendered.length = 0;
    const post = join(root, '_posts/2025-11-01-daily-papers.md');
    writeFileSync(post, `${POST}\n본문만 바뀌었다.\n`);
    workers.invalidateSite([post]);
    assert.equal((await render()).theme, 'site');
    assert.deepEqual(rendered, ['renderPreview'], 'no site handed over again');
    assert.deepEqual(asked, ['readSite', 'buildStylesheet', 'readSite']);
  });

  it('shows the old styles while a changed partial is built again, then the new ones', async () => {
    const root = blog();
    const { render, renderStyled, workers } = session(root);
    const before = await renderStyled();
    writeFileSync(join(root, '_sass/_base.scss'), 'main { color: $accent; font-weight: 300; }\n');
    workers.invalidateSite([join(root, '_sass/_base.scss')]);
    const building = await render(undefined, before);
    assert.equal(building.stylesLoading, true);
    assert.equal(building.styles, undefined, 'the old styles stay shown');
    assert.match(css(await renderStyled(undefined, building))!.join(''), /font-weight: 300/);
  });

  it("says that the site's stylesheet could not be built, and shows the post without it", async () => {
    const { renderStyled } = session(blog({ '_sass/_base.scss': 'main { color: $undefined-variable; }\n' }));
    const answer = await renderStyled();
    assert.match(
      answer.notes.join('\n'),
      /^The site's stylesheet assets\/css\/main\.scss could not be built \(Undefined variable\.\); the page is shown without it\.$/m,
    );
    assert.doesNotMatch(answer.notes.join('\n'), /longer than|repeat some markup/);
  });

  it('says that the site could not be read when its job fails, and shows the built-in theme', async () => {
    const root = blog();
    const render = new InThreadJobs(renderJobs(loadNodeRenderer, nodeFileSystem));
    const overDeadline = { run: async () => ({ status: 'timedOut' }), notify: () => undefined } as never;
    const runners = { analysis: render as never, render, renderRelayed: render };
    const workers = new ServerWorkers(
      { ...runners, site: overDeadline, siteRelayed: overDeadline },
      nodeFileSystem,
      () => true,
    );
    const answer = await workers.renderPreview(
      {
        source: { text: POST, filePath: join(root, '_posts/2025-10-31-daily-papers.md'), allowSite: true },
        options: { resourceRoots: [] },
      },
      10_000,
    );
    assert.ok(!('error' in answer));
    assert.equal(answer.theme, 'builtin');
    assert.deepEqual(answer.notes, [
      'The site could not be read (it took longer than 120 seconds); the built-in theme is shown.',
    ]);
  });
});
