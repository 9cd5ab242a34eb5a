// A post's date on its page as Jekyll 4.3 shows it (each expected line is what `jekyll build` wrote for the same post
// in a site with `timezone: Asia/Seoul`).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { renderPostPage } from '../../server/src/render';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { folderWith } from './helpers';

const SITE = {
  '_config.yml': 'title: 연구 블로그\ntimezone: Asia/Seoul\npermalink: /dailypaper/:year/:month/:day/:title/\n',
  '_layouts/post.liquid':
    '<p class="post-meta">Created in {{ page.date | date: "%B %d" }}</p>\n' +
    '<p class="dates">D={{ page.date }}|F={{ page.date | date: "%Y-%m-%d %H:%M" }}|X={{ page.date | date_to_xmlschema }}</p>\n' +
    '<a class="url" href="{{ page.url }}">{{ page.title }}</a>\n{{ content }}',
};

async function page(fileName: string, date: string | undefined): Promise<string> {
  const text = `---\nlayout: post\ntitle: "논문 요약"\n${date === undefined ? '' : `date: ${date}\n`}---\n\n본문\n`;
  const path = `_posts/${fileName}`;
  const root = folderWith({ ...SITE, [path]: text });
  return renderPostPage({ text, filePath: join(root, path), allowSite: true, files: nodeFileSystem });
}

describe("a post's date on its page", () => {
  it("prints an unquoted time as Ruby's YAML reads it (UTC), in the site's time zone", async () => {
    const html = await page('2025-11-01-a.md', '2025-11-05 23:30:00');
    assert.match(html, /D=2025-11-06 08:30:00 \+0900\|F=2025-11-06 08:30\|X=2025-11-06T08:30:00\+09:00/);
    assert.match(html, /Created in November 06/);
    assert.match(html, /href="\/dailypaper\/2025\/11\/06\/a\/"/);
  });

  it("prints a quoted date and a day alone as written, in the site's time zone", async () => {
    assert.match(
      await page('2025-11-01-b.md', '"2025-11-05 23:30:00"'),
      /D=2025-11-05 23:30:00 \+0900\|F=2025-11-05 23:30\|/,
    );
    assert.match(await page('2025-11-01-c.md', '2025-11-05'), /D=2025-11-05 00:00:00 \+0900\|F=2025-11-05 00:00\|/);
  });

  it("carries a file name's impossible day over, as Ruby does", async () => {
    const html = await page('2025-11-31-l.md', undefined);
    assert.match(html, /Created in December 01/);
    assert.match(html, /D=2025-12-01 00:00:00 \+0900/);
    assert.match(html, /href="\/dailypaper\/2025\/12\/01\/l\/"/);
  });

  it('carries an impossible day of the date over', async () => {
    assert.match(
      await page('2025-11-01-f.md', '2025-11-31 08:15:00'),
      /D=2025-12-01 17:15:00 \+0900\|F=2025-12-01 17:15\|X=2025-12-01T17:15:00\+09:00/,
    );
  });
});
