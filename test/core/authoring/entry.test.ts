import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { paperEntry } from '../../../server/src/core/authoring/entry';
import { escapeSnippet, SnippetBuilder } from '../../../server/src/core/authoring/snippet';
import { parseDigest } from '../../../server/src/core/parseDigest';
import { validateDigest } from '../../../server/src/core/validate';
import { renderPostBody } from '../../../server/src/render';
import { nodeFileSystem } from '../../../server/src/workspace/nodeFileSystem';
import { DEFAULT_SCHEMA, resolveSchema } from '../../../server/src/core/schema';
import { frontMatter } from '../../helpers';
import { folderWith } from '../../render/helpers';
import { fillSnippet, koreanFill } from '../../snippetFill';

describe('paper entries written from the schema', () => {
  it('writes the blog format: heading, alphaXiv line, Introduction bullets and the other sections in order', () => {
    const entry = paperEntry(
      DEFAULT_SCHEMA,
      { number: 4, title: 'POWSM', id: '2510.24992', alphaxivLanguage: 'ko' },
      '\n',
    );
    assert.equal(
      entry.plainText(),
      [
        '# 4. [POWSM](https://arxiv.org/abs/2510.24992)',
        '',
        '> [Alphaxiv](https://www.alphaxiv.org/ko/overview/2510.24992)',
        '',
        '## Introduction',
        '- Goal: ',
        '- Motivation: ',
        '- Contribution: ',
        '',
        '## Method',
        '',
        '',
        '## Results',
        '',
        '',
        '## Limitations',
        '',
        '',
        '## Conclusion',
        '',
      ].join('\n'),
    );
  });

  it('puts tab stops in reading order and types the arXiv id once for both links', () => {
    const snippet = paperEntry(DEFAULT_SCHEMA, { alphaxivLanguage: 'ko' }, '\n').snippet();
    assert.match(snippet, /^# \$\{1:1\}\. \[\$\{2:Title\}\]\(https:\/\/arxiv\.org\/abs\/\$\{3:ID\}\)\n/);
    assert.match(snippet, /overview\/\$\{3:ID\}\)/);
    assert.match(snippet, /- Goal: \$\{4\}\n- Motivation: \$\{5\}\n- Contribution: \$\{6\}\n\n## Method\n\$\{7\}/);
    assert.match(snippet, /## Conclusion\n\$\{10\}$/);
    const filled = fillSnippet(snippet, (stop) => `[${stop}]`);
    assert.match(filled, /abs\/\[3\]\)[\s\S]*overview\/\[3\]\)/);
  });

  it('leaves out the alphaXiv line when no language is given and follows a custom schema', () => {
    const schema = resolveSchema({
      sections: ['요약', '방법'],
      labelledSection: '요약',
      bulletLabels: [{ name: '목표', aliases: [] }],
      paperUrl: 'https://arxiv.org/pdf/{id}',
    });
    assert.equal(
      paperEntry(schema, { number: 1, title: 'T', id: '2510.00001' }, '\r\n').plainText(),
      '# 1. [T](https://arxiv.org/pdf/2510.00001)\r\n\r\n## 요약\r\n- 목표: \r\n\r\n## 방법\r\n',
    );
  });

  it('escapes what snippets and link text treat specially in a fetched title', () => {
    const entry = paperEntry(DEFAULT_SCHEMA, { number: 1, title: 'Cost $O(n)$ [fast] {x}', id: '2510.00001' }, '\n');
    assert.match(entry.plainText(), /^# 1\. \[Cost \\\$O\(n\)\\\$ \\\[fast\\\] \\\{x\\\}\]/);
    assert.equal(
      fillSnippet(entry.snippet(), (_, placeholder) => placeholder),
      entry.plainText(),
    );
    assert.equal(escapeSnippet('a\\b$c}d'), 'a\\\\b\\$c\\}d');
  });

  it('numbers mirrored stops once and variables stand in by name', () => {
    const builder = new SnippetBuilder()
      .stop('a', 'x')
      .text('-')
      .stop('b')
      .text('-')
      .stop('a', 'x')
      .variable('CURRENT_YEAR', 'YYYY');
    assert.equal(builder.snippet(), '${1:x}-${2}-${1:x}${CURRENT_YEAR}');
    assert.equal(builder.plainText(), 'x--xYYYY');
  });

  it('gives an entry that passes every rule once filled in', () => {
    const snippet = paperEntry(DEFAULT_SCHEMA, { number: 1, alphaxivLanguage: 'ko' }, '\n').snippet();
    const text = frontMatter() + fillSnippet(snippet, koreanFill) + '\n';
    assert.deepEqual(
      validateDigest(text, { fileName: '2025-10-31-daily-papers.md' }).diagnostics.map((d) => d.ruleId),
      [],
    );
  });
});

/** Real and hostile arXiv titles; each must read on the page exactly as arXiv wrote it, and do nothing else. */
const FETCHED_TITLES = [
  '$\\pi^3$: Scalable Permutation-Equivariant Visual Geometry Learning',
  'Scaling $O(n^2)$ Attention: Q&A, R&amp;D and <Parallel> Decoding with x_1 < y_2 > z',
  '<script>alert(document.cookie)</script> <img src=x onerror=alert(1)> Attention',
  '{{ site.title }} Leaks and {% include footer.liquid %} Includes {{page.date}}',
  'Self_Supervised *Learning* with `code`, [brackets](https://evil.example) \\backslash ~~strike~~ {: .ial} $$x$$',
];

describe('a title fetched from arXiv, published by Jekyll', () => {
  const site = folderWith({
    '_config.yml': 'title: 연구 블로그\n',
    '_layouts/post.html': '<article>{{ content }}</article>\n',
    '_includes/footer.liquid': '<footer>INCLUDED</footer>\n',
  });
  const render = (heading: string) =>
    renderPostBody({
      text: `${frontMatter()}${heading}\n`,
      filePath: join(site, '_posts/2025-10-31-daily-papers.md'),
      allowSite: true,
      files: nodeFileSystem,
    });
  const headingOf = (title: string) =>
    paperEntry(DEFAULT_SCHEMA, { number: 1, title, id: '2510.26794' }, '\n').plainText().split('\n')[0];

  for (const title of FETCHED_TITLES) {
    it(`reads as arXiv wrote it and runs nothing: ${title}`, async () => {
      const heading = headingOf(title);
      assert.doesNotMatch(heading, /\{\{|\{%/, 'Liquid finds no tag in the post');
      const html = await render(heading);
      const fragment = parseFragment(html);
      assert.deepEqual(elementsNamed(fragment, 'h1').map(textOf), [`1. ${title}`]);
      for (const tag of ['script', 'img', 'footer', 'em', 'strong', 'code', 'del', 'math'])
        assert.deepEqual(elementsNamed(fragment, tag), [], `no <${tag}>`);
      assert.deepEqual(
        elementsNamed(fragment, 'a').map((a) => a.attrs.find((attr) => attr.name === 'href')?.value),
        ['https://arxiv.org/abs/2510.26794'],
      );
      assert.doesNotMatch(html, /연구 블로그|INCLUDED/);
      assert.equal(
        parseDigest(heading).papers[0].heading.title?.value,
        title,
        'the outline and symbols show the same title',
      );
    });
  }

  it('would run Liquid and HTML in a title written as is (what the escaping prevents)', async () => {
    const html = await render(`# 1. [${FETCHED_TITLES[3]} ${FETCHED_TITLES[2]}](https://arxiv.org/abs/2510.26794)`);
    assert.match(html, /연구 블로그/);
    assert.match(html, /INCLUDED/);
  });
});

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function elementsNamed(node: Node, name: string): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  return [
    ...('tagName' in node && node.tagName === name ? [node] : []),
    ...children.flatMap((child) => elementsNamed(child, name)),
  ];
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}
