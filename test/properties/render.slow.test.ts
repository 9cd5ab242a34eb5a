import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
// Properties of the renderer over real-looking posts, their mutations and script injections anywhere (body, front
// matter, Liquid, kramdown attribute lists): it never throws, and no output (post body, built-in page, preview with or
// without the workspace's Jekyll site) holds a script, an event handler attribute or a javascript: URL, read the way a
// browser reads it (parse5). Bounds: 60 posts with up to 3 injections each; 180 s hang guard.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { renderPostBody, renderPostPage, renderPreview } from '../../server/src/render';
import { folderWith, shownContent } from '../render/helpers';
import { mutatedPost } from './arbitraries';

const HANG_GUARD = { timeout: 180_000 };

const ATTACKS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//evil.example/x.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</script>',
  '<script\n>alert(1)</script\n>',
  '<img src=x onerror=alert(1)>',
  '<img src="x" ONERROR = "alert(1)">',
  '<img/src/onerror=alert(1)>',
  '<body onload=alert(1)>',
  '<x onclick=alert(1)>가</x>',
  '<svg><script>alert(1)</script></svg>',
  '<svg/onload=alert(1)>',
  '<math><mtext><script>alert(1)</script></mtext></math>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="  JaVaScRiPt:alert(1)">x</a>',
  '<a href="jav&#x61;script:alert(1)">x</a>',
  '<a href="java\tscript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1) "t")',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[x][evil]\n\n[evil]: javascript:alert(1)',
  '[x](&#x6A;avascript:alert(1))',
  '[x](<javascript:alert(1)>)',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
  '<object data="javascript:alert(1)"></object>',
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '{: onclick="alert(1)"}',
  '문단\n{: onmouseover="alert(1)" href="javascript:alert(1)"}',
  '*x*{: onclick="alert(1)"}',
  '{::options parse_block_html="true" /}\n<div onclick="alert(1)">x</div>',
  '{{ "<script>alert(1)</script>" }}',
  '{% raw %}<script>alert(1)</script>{% endraw %}',
  '{% capture x %}<img src=x onerror=alert(1)>{% endcapture %}{{ x }}',
  '<details open ontoggle=alert(1)>',
  '<!--><script>alert(1)</script>-->',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<style>@import "javascript:alert(1)";</style>',
  '<textarea><script>alert(1)</script></textarea>',
  '`<script>` 인라인 코드',
  '```html\n<script>alert(1)</script>\n```',
];

/** A post with script injections at arbitrary places: in the body, or as the front matter title. */
const attackedPost = fc
  .tuple(mutatedPost, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...ATTACKS), fc.boolean()), { maxLength: 3 }))
  .map(([text, attacks]) =>
    attacks.reduce((post, [at, attack, inTitle]) => {
      if (inTitle && /^title:.*$/m.test(post)) return post.replace(/^title:.*$/m, `title: ${JSON.stringify(attack)}`);
      const where = at % (post.length + 1);
      return `${post.slice(0, where)}\n${attack}\n${post.slice(where)}`;
    }, text),
  );

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function* elements(node: Node): Generator<Element> {
  const stack: Node[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if ('tagName' in next) yield next;
    if ('childNodes' in next) stack.push(...next.childNodes);
    if ('content' in next) stack.push(next.content);
  }
}

/** Attributes whose whole value a browser loads or follows as one URL: only its scheme decides what runs. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'cite',
  'codebase',
  'longdesc',
  'usemap',
  'manifest',
  'lowsrc',
  'dynsrc',
]);
/** Attributes that hold URLs anywhere in their value: `srcset`'s and `ping`'s lists, `style`'s `url(…)`s. */
const URL_LIST_ATTRIBUTES = new Set(['srcset', 'ping', 'style']);

/**
 * What a browser would run: script elements, `on…` attributes, and javascript:/vbscript: URLs (entities decoded; a
 * URL's scheme read as the URL parser reads it, tabs and line ends removed and blanks trimmed).
 */
function assertHarmless(html: string, what: string): void {
  for (const element of elements(parse(html))) {
    assert.notEqual(element.tagName, 'script', `${what}: a <script> element`);
    for (const { name, value, prefix } of element.attrs) {
      assert.ok(!/^on/i.test(name), `${what}: <${element.tagName} ${name}="${value}">`);
      const attribute = prefix === 'xlink' && name === 'href' ? 'href' : name.toLowerCase();
      const scheme = URL_ATTRIBUTES.has(attribute)
        ? /^(?:java|vb)script:/i
        : URL_LIST_ATTRIBUTES.has(attribute)
          ? /(?:java|vb)script:/i
          : undefined;
      if (!scheme) continue;
      const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
      assert.doesNotMatch(
        URL_LIST_ATTRIBUTES.has(attribute) ? url.replace(/[\s\u0000-\u001f\\]/g, '') : url,
        scheme,
        `${what}: <${element.tagName} ${name}="${value}">`,
      );
    }
  }
}

describe('renderer properties over real-looking posts and injected scripts', () => {
  const site = folderWith({
    '_config.yml': 'title: 블로그\n',
    '_layouts/post.html':
      '<html><head><script src="/assets/js/theme.js"></script></head><body onload="init()"><h1>{{ page.title }}</h1>{{ content }}</body></html>',
  });
  const filePath = join(site, '_posts/2025-10-31-daily-papers-20251031.md');

  it('never throws, and nothing it writes can run a script', HANG_GUARD, async () => {
    await fc.assert(
      fc.asyncProperty(attackedPost, async (text) => {
        assertHarmless(await renderPostBody({ text, allowSite: false }), 'body');
        assertHarmless(await renderPostPage({ text, allowSite: false }), 'built-in page');
        for (const source of [
          { text, allowSite: false },
          { text, filePath, allowSite: true, files: nodeFileSystem },
        ]) {
          const preview = await renderPreview(source, {
            resourceRoots: [{ path: site, webviewUri: 'https://file+.vscode-resource.vscode-cdn.net/site' }],
          });
          assertHarmless(
            `${preview.chrome?.before ?? ''}${shownContent(preview)}${preview.chrome?.after ?? ''}`,
            `preview${source.allowSite ? ' with the site' : ''}`,
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it(
    'renders a post nested deeper than the stack as plain text, with a note, instead of throwing',
    HANG_GUARD,
    async () => {
      const text = `${'>'.repeat(20_000)} 깊다 <img src=x onerror=alert(1)>\n`;
      assertHarmless(await renderPostBody({ text, allowSite: false }), 'body');
      const preview = await renderPreview({ text, allowSite: false }, { resourceRoots: [] });
      assert.match(preview.notes.join('\n'), /shown as plain text/);
      assertHarmless(shownContent(preview), 'preview');
    },
  );

  it('catches each kind of script it looks for', () => {
    for (const html of [
      '<p><script>x</script></p>',
      '<svg><script>x</script></svg>',
      '<b onclick="x">',
      '<a href=" jav&#x61;script:x">',
      '<img src="java\tscript:x">',
      '<i style="background:url(java\\script:x)">',
      '<a href="&#10;\x01javascript:x">',
      '<img srcset="a.png 1x, javascript:x 2x">',
    ]) {
      assert.throws(() => assertHarmless(html, 'sample'));
    }
    assert.doesNotThrow(() =>
      assertHarmless(
        '<p title="javascript:x">&lt;script&gt; onclick=x javascript:x</p><code>&lt;script&gt;</code>' +
          '<a href="https:\n&lt;a href=&quot;javascript:x&quot;&gt;//example.org">',
        'sample',
      ),
    );
  });
});
