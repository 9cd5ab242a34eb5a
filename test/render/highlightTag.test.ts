import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPostBody } from '../../server/src/render';

// The tag's output is compared with Jekyll's in test/render/codeMath.slow.test.ts (the highlight-tag fixture post);
// these check its reading of the markup and the body on their own.

async function highlighted(markup: string, code: string): Promise<string> {
  return renderPostBody({
    text: `---\ntitle: t\nmodel: qwen\n---\n\n{% highlight ${markup} %}${code}{% endhighlight %}\n`,
    allowSite: false,
  });
}

describe("Jekyll's highlight tag", () => {
  it('colours a transcribed language, its name lower-cased as Jekyll does, + made - in the class', async () => {
    assert.match(
      await highlighted('Python', '\nx = 1\n'),
      /^<figure class="highlight"><pre><code class="language-python" data-lang="python"><span class="n">x<\/span> <span class="o">=<\/span> <span class="mi">1<\/span><\/code><\/pre><\/figure>$/m,
    );
    assert.match(
      await highlighted('c++', 'int x;'),
      /<code class="language-c--" data-lang="c\+\+"><span class="kt">int/,
    );
  });

  it('renders its body as Liquid and drops only the line breaks at its ends', async () => {
    const html = await highlighted(
      'text',
      '\n\r\n  model = "{{ page.model }}"  \n\n{% raw %}{{ kept }}{% endraw %}\n\n',
    );
    assert.match(html, /data-lang="text"> {2}model = "qwen" {2}\n\n\{\{ kept \}\}<\/code>/);
  });

  it('escapes code in a language no lexer here knows, as Rouge escapes plain text', async () => {
    assert.match(await highlighted('pseudo', 'a < b && "c"'), /data-lang="pseudo">a &lt; b &amp;&amp; "c"<\/code>/);
  });

  it("puts Rouge's line-number table inside for linenos in any form, and ignores other options", async () => {
    for (const markup of ['python linenos', 'python linenos=table', 'python  linenos=inline mark_lines="1 2"']) {
      const html = await highlighted(markup, '\na = 1\nb = 2\n');
      assert.match(
        html,
        /<code class="language-python" data-lang="python"><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1\n2\n<\/pre><\/td><td class="code"><pre><span class="n">a<\/span>[^]*<span class="mi">2<\/span>\n<\/pre><\/td><\/tr><\/tbody><\/table><\/code>/,
        markup,
      );
    }
    assert.doesNotMatch(await highlighted('python mark_lines="1"', 'a = 1'), /rouge-table/);
  });

  it("refuses markup Jekyll's syntax check refuses, leaving the post as written", async () => {
    for (const markup of ['', 'python linenos=', 'python mark_lines="a b"', '"python"']) {
      const html = await highlighted(markup, 'x = 1');
      assert.doesNotMatch(html, /<figure/, markup);
      assert.match(html, /\{% highlight/, markup);
    }
  });
});
