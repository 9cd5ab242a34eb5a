// A post cannot cover the preview: in Chromium under the webview's real policy, elements of the post that try to take
// the whole window (through their style attribute, applied through the CSSOM; the site's own classes; a `<style>` in
// the post or its front matter; offsets and transforms) stay inside the element of the layout that holds the post,
// and the page around it and the renderer's notes stay on top and reachable.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { ResourceRoot, ToWebview } from '../../server/src/protocol';
import { buildStylesheet, renderPreview, type RenderedPreview } from '../../server/src/render';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { REPO, TEST_BLOG } from '../helpers';
import { RESOURCE_ORIGIN, WebviewPage } from './webviewPage';

/** Every way a post's elements could try to cover the window, each element marked `data-cover`. */
const COVERS = [
  '<div data-cover style="position:fixed;inset:0;z-index:2147483647;background:#00f">fixed</div>',
  '<div data-cover class="progress-container" style="height:100vh;background:#f00">the site\'s fixed class</div>',
  '<div data-cover style="position:sticky;top:0;height:100vh;z-index:99999;background:#0f0">sticky</div>',
  '<div data-cover style="position:absolute;top:-5000px;left:-5000px;width:20000px;height:20000px;z-index:99999;background:#ff0">absolute</div>',
  '<div data-cover style="transform:scale(80);background:#0ff">scaled</div>',
  '<style>body * { position: fixed !important; inset: 0 !important; z-index: 2147483647 !important; }</style>',
].join('\n');

/** A post of `site` with the covers after its first paper's heading, and `_styles` (al-folio's `<style>` in the layout). */
function coveringPost(post: string): string {
  const text = readFileSync(post, 'utf8')
    .replace('\n## Method', `\n${COVERS}\n\n## Method`)
    .replace('\n---\n', '\n_styles: "body * { position: fixed !important; z-index: 2147483647 !important; }"\n---\n');
  assert.ok(text.includes('data-cover'), 'the covers went into the post');
  return text;
}

/**
 * Runs in the page: what is at points outside the element that holds the post (past the 6px it may paint into, and
 * the pixel the hit test rounds to) and at the notes, as `the post` when it is one of the post's elements.
 */
const PROBE = `(() => {
  const frame = document.querySelector('[data-cover]').parentElement;
  const notes = document.getElementById('pd-notes');
  const hide = notes.querySelector('button');
  const centre = (element) => { const r = element.getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]; };
  const { top, left, bottom } = frame.getBoundingClientRect();
  const outside = { above: [450, top - 10], left: [left - 10, 500], below: [450, bottom + 10], corner: [1, 1] };
  const inView = ([x, y]) => x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
  const points = Object.fromEntries(
    Object.entries({ ...outside, hideButton: centre(hide), notes: centre(notes) }).filter(([name, point]) =>
      inView(point) && (name in outside ? !(point[1] > top - 10 && point[1] < bottom + 10 && point[0] > left - 10) : true)));
  const what = (x, y) => {
    const found = document.elementFromPoint(x, y);
    return !found ? 'nothing' : frame.contains(found) && found !== frame ? 'the post' : found.tagName.toLowerCase();
  };
  return {
    at: Object.fromEntries(Object.entries(points).map(([name, [x, y]]) => [name, what(x, y)])),
    siteClass: getComputedStyle(document.querySelector('[data-cover].progress-container')).position,
    hideIsTheButton: !inView(centre(hide)) || document.elementFromPoint(...centre(hide)) === hide,
    notesBeforeFrame: notes.nextElementSibling === frame,
  };
})()`;

interface Probe {
  at: Record<string, string>;
  siteClass: string;
  hideIsTheButton: boolean;
  notesBeforeFrame: boolean;
}

/**
 * The preview as the panel posts it, with the site's stylesheets built from its Sass as the site's job builds them
 * (`compiler` only names the build of a kept stylesheet: nothing is kept here).
 */
async function renderMessage(result: RenderedPreview, site: string, resourceRoots: ResourceRoot[]): Promise<ToWebview> {
  const styles = await Promise.all(
    result.styles.map(async (style) =>
      'sass' in style
        ? {
            css: (
              await buildStylesheet(nodeFileSystem, { root: site, sheet: style.sass, resourceRoots, compiler: 'sass' })
            ).built.css,
          }
        : style,
    ),
  );
  return { type: 'render', blocks: result.blocks, chrome: result.chrome, styles: { styles }, notes: ['메모'] };
}

describe('the preview keeps its own UI and the page on top of the post', () => {
  let page: WebviewPage;
  before(async () => {
    page = await WebviewPage.open(REPO);
  });
  after(() => page?.close());

  for (const [name, site, post] of [
    ['the test blog (al-folio)', TEST_BLOG, '_posts/2025-10-31-daily-papers-20251031.md'],
    [
      'a site whose layout is only the content',
      join(REPO, 'test/fixtures/jekyll-site'),
      '_posts/2025-10-31-daily-papers-20251031.md',
    ],
  ]) {
    it(`confines a post that tries to cover the window, on ${name}`, async () => {
      const filePath = join(site, post);
      const resourceRoots = [{ path: site, webviewUri: `${RESOURCE_ORIGIN}${site}` }];
      const result = await renderPreview(
        { text: coveringPost(filePath), filePath, allowSite: true, files: nodeFileSystem },
        { resourceRoots },
      );
      await page.show([await renderMessage(result, site, resourceRoots)]);
      const seen = new Set<string>();
      // The top of the page, its middle, and its end (al-folio's footer is below the post).
      for (const scrolled of [0, 0.5, 1]) {
        await page.evaluate(`window.scrollTo(0, ${scrolled} * (document.documentElement.scrollHeight - innerHeight))`);
        const probe = await page.evaluate<Probe>(PROBE);
        for (const [point, found] of Object.entries(probe.at)) {
          assert.notEqual(found, 'the post', `${point} at scroll ${scrolled}`);
          seen.add(point);
        }
        assert.ok(probe.hideIsTheButton, 'the notes can be hidden');
        assert.ok(probe.notesBeforeFrame);
        if (site === TEST_BLOG) assert.equal(probe.siteClass, 'fixed', "the site's class applies: the route is real");
      }
      const around = site === TEST_BLOG ? ['above', 'below', 'notes', 'hideButton'] : ['above', 'notes', 'hideButton'];
      for (const point of around) assert.ok(seen.has(point), `${point} looked at`);
    });
  }
});
