import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPostBody } from '../../server/src/render/publishedPage';
import { filesOf } from '../helpers';

/** A site under `root` (the blog's permalink under a baseurl, posts, a page, a layout) and the post that links them. */
function site(root: string, links: string) {
  const post = (title: string) => `---\nlayout: post\ntitle: "${title}"\n---\n오늘의 논문.\n`;
  const filePath = `${root}/_posts/2025-12-25-daily-papers-20251225.md`;
  const text = `---\nlayout: post\n---\n${links}\n`;
  const files = filesOf({
    [`${root}/_config.yml`]: 'baseurl: /blog\npermalink: /dailypaper/:year/:month/:day/:title/\ninclude: ["_pages"]\n',
    [`${root}/_layouts/post.html`]: '{{ content }}',
    [`${root}/_pages/about.md`]: '---\ntitle: 소개\npermalink: /about/\n---\n소개\n',
    [`${root}/_posts/2025-10-31-daily-papers-20251031.md`]: post('Daily Papers — 2025-10-31'),
    [`${root}/_posts/archive/2025-10-30-daily-papers-20251030.md`]: post('Daily Papers — 2025-10-30'),
    [`${root}/_posts/_old/2025-10-29-daily-papers-20251029.md`]: post('Daily Papers — 2025-10-29'),
    [filePath]: text,
  });
  return { text, filePath, allowSite: true, files };
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);

describe('post_url and link in the renderer', () => {
  it("write the post's or page's URL under the baseurl, as Jekyll's tags do", async () => {
    const html = await renderPostBody(
      site(
        '/links',
        [
          '[어제]({% post_url 2025-10-31-daily-papers-20251031 %})',
          '[그제]({% post_url archive/2025-10-30-daily-papers-20251030 %})',
          '[그제, 폴더 없이]({% post_url 2025-10-30-daily-papers-20251030 %})',
          '[소개]({% link _pages/about.md %})',
          '[어제, 경로로]({% link _posts/2025-10-31-daily-papers-20251031.md %})',
        ].join(' '),
      ),
    );
    assert.deepEqual(hrefs(html), [
      '/blog/dailypaper/2025/10/31/daily-papers-20251031/',
      '/blog/dailypaper/2025/10/30/daily-papers-20251030/',
      '/blog/dailypaper/2025/10/30/daily-papers-20251030/',
      '/blog/about/',
      '/blog/dailypaper/2025/10/31/daily-papers-20251031/',
    ]);
  });

  it('write nothing for a post Jekyll does not read (a folder starting with `_`) or a path the site lacks', async () => {
    const html = await renderPostBody(
      site(
        '/missing',
        '[없음]({% post_url 2025-10-29-daily-papers-20251029 %}) [없음]({% link _posts/2025-10-29-missing.md %})',
      ),
    );
    assert.deepEqual(hrefs(html), ['', '']);
  });
});
