import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jekyllExcerpt } from '../../../server/src/core/jekyll/excerpt';
import {
  DEFAULT_MARKDOWN_EXTENSIONS,
  isParsableDay,
  jekyllContentStart,
  readPostName,
} from '../../../server/src/core/jekyll/jekyllPost';
import { EXAMPLE_SITE } from '../../../server/src/core/rules/examples';

describe('jekyllContentStart', () => {
  it('starts after the front matter and the blank lines its closing line takes along', () => {
    const text = '---\ntitle: a\n---\n\n\nbody\n';
    assert.equal(text.slice(jekyllContentStart(text)), 'body\n');
    assert.equal(jekyllContentStart('body'), 0);
    const crlf = '\ufeff---\r\ntitle: a\r\n---\r\nbody';
    assert.equal(crlf.slice(jekyllContentStart(crlf)), 'body');
    assert.equal(jekyllContentStart('---\ntitle: a\nbody'), 0);
  });
});

describe('readPostName', () => {
  const read = (path: string) => readPostName(path, DEFAULT_MARKDOWN_EXTENSIONS);
  it('reads the date, slug and extension of a post in any `_posts` folder', () => {
    assert.deepEqual(read('_posts/2025-10-31-daily-papers.md'), {
      inPosts: '2025-10-31-daily-papers.md',
      date: '2025-10-31',
      slug: 'daily-papers',
      extension: '.md',
      problem: undefined,
    });
    assert.equal(read('blog/_posts/2025/2025-10-31-a.MD')?.problem, undefined);
    assert.equal(read('notes/2025-10-31-a.md'), undefined);
  });
  it('says what keeps Jekyll from reading it as a markdown post', () => {
    assert.equal(read('_posts/daily-papers-20251103.md')?.problem, 'noDate');
    assert.equal(read('_posts/_2025-10-31-a.md')?.problem, 'ignored');
    assert.equal(read('_posts/drafts~/2025-10-31-a.md')?.problem, 'ignored');
    assert.equal(readPostName('_posts/2025-10-31-a.md', ['markdown'])?.problem, 'notMarkdown');
  });
  it("knows which dates Ruby's Time.parse takes", () => {
    assert.deepEqual(
      ['2025-02-30', '2025-13-01', '2025-00-10', '2025-12-32', '2025-11-00', '25-1-1'].map(isParsableDay),
      [true, false, false, false, false, true],
    );
  });
});

describe('jekyllExcerpt', () => {
  it('is the content up to the separator, each Liquid block left open there closed', () => {
    const content = 'a {% if x %}{% raw %} b\n\nc {% endraw %}{% endif %}\n\nd';
    assert.deepEqual(jekyllExcerpt(content, '\n\n', EXAMPLE_SITE.tags), {
      text: 'a {% if x %}{% raw %} b\n{% endraw %}\n{% endif %}',
      contentLength: 23,
      closed: [
        { endTag: 'endraw', opener: { start: 12, end: 21 } },
        { endTag: 'endif', opener: { start: 2, end: 12 } },
      ],
    });
  });
  it('closes a block whose tag it finds inside a raw block too, as Jekyll does', () => {
    const content = '반복문 {% raw %}{% for item in items %}{% endraw %} 을 쓴다.\n\n본문';
    const excerpt = jekyllExcerpt(content, '\n\n', EXAMPLE_SITE.tags);
    assert.equal(excerpt?.text, '반복문 {% raw %}{% for item in items %}{% endraw %} 을 쓴다.\n{% endfor %}');
    assert.deepEqual(
      excerpt?.closed.map(({ endTag, opener }) => [endTag, content.slice(opener.start, opener.end)]),
      [['endfor', '{% for item in items %}']],
    );
  });
  it('takes the link definitions it uses along, and is none without a separator or text after it', () => {
    assert.equal(jekyllExcerpt('see [x]\n\n[x]: https://a\n', '\n\n', {})?.text, 'see [x]\n\n[x]: https://a');
    assert.equal(jekyllExcerpt('one paragraph', '\n\n', {}), undefined);
    assert.equal(jekyllExcerpt('one paragraph\n\n', '\n\n', {}), undefined);
  });
});
