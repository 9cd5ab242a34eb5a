import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { digestOutline, type OutlineNode } from '../../server/src/core/outline';
import { parseDigest } from '../../server/src/core/parseDigest';
import { blogName, BLOGS, blogPosts, EXAMPLE, frontMatter, post } from '../helpers';

function shape(nodes: OutlineNode[]): unknown[] {
  return nodes.map((node) => [
    node.kind,
    node.name,
    node.detail,
    ...(node.children.length ? [shape(node.children)] : []),
  ]);
}

function outlineOf(text: string): OutlineNode[] {
  return digestOutline(parseDigest(text));
}

/** Every node has a name, selects inside itself and holds its children. */
function assertWellFormed(nodes: OutlineNode[], parent?: OutlineNode): void {
  for (const node of nodes) {
    assert.ok(node.name.trim(), 'name');
    assert.ok(
      node.span.start <= node.selectionSpan.start && node.selectionSpan.end <= node.span.end,
      `${node.name} selects inside itself`,
    );
    if (parent)
      assert.ok(
        parent.span.start <= node.span.start && node.span.end <= parent.span.end,
        `${node.name} inside ${parent.name}`,
      );
    assertWellFormed(node.children, node);
  }
}

const SECTIONS = ['Introduction', 'Method', 'Results', 'Limitations', 'Conclusion'].map((name) => [
  'section',
  name,
  undefined,
]);

describe('digestOutline', () => {
  it('gives the front matter with its fields, then each paper as "N. Title" with its id and sections', () => {
    assert.deepEqual(shape(outlineOf(EXAMPLE)), [
      [
        'frontMatter',
        'Front matter',
        'Daily Papers — 2025-10-31',
        [
          ['field', 'layout', 'post'],
          ['field', 'title', '"Daily Papers — 2025-10-31"'],
          ['field', 'date', '2025-10-31 08:15:00'],
          ['field', 'tags', '[papers, hugginface]'],
          ['field', 'categories', '[]'],
        ],
      ],
      [
        'paper',
        '1. The Quest for Generalizable Motion Generation: Data, Model, and Evaluation',
        '2510.26794',
        SECTIONS,
      ],
      [
        'paper',
        '2. OmniLayout: Enabling Coarse-to-Fine Learning with LLMs for Universal Document Layout Generation',
        '2510.26213',
        SECTIONS,
      ],
      ['paper', '3. POWSM: A Phonetic Open Whisper-Style Speech Foundation Model', '2510.24992', SECTIONS],
    ]);
  });

  it('ends papers and sections at their last content, selecting the title and the section name', () => {
    const [, first] = outlineOf(EXAMPLE);
    const text = EXAMPLE.slice(first.span.start, first.span.end);
    assert.match(text, /^# 1\. \[The Quest/);
    assert.match(text, /동시에 실현하였다\.$/);
    assert.equal(
      EXAMPLE.slice(first.selectionSpan.start, first.selectionSpan.end),
      'The Quest for Generalizable Motion Generation: Data, Model, and   Evaluation',
    );
    const method = first.children[1];
    assert.equal(EXAMPLE.slice(method.selectionSpan.start, method.selectionSpan.end), 'Method');
    assert.match(
      EXAMPLE.slice(method.span.start, method.span.end),
      /^## Method {2}\n.*높였다\. 또한, .*구성되었다\. *$/s,
    );
  });

  it('names papers whatever their heading holds', () => {
    const text = `${frontMatter()}# 3. Unlinked title\n\n#\n\n# [Only a link](https://arxiv.org/abs/2510.26001)\n\n# 4. [](https://arxiv.org/abs/2510.26002)\n\n## \n`;
    const papers = outlineOf(text).slice(1);
    assert.deepEqual(
      papers.map((node) => [node.name, node.detail]),
      [
        ['3. Unlinked title', undefined],
        ['(empty paper heading)', undefined],
        ['Only a link', '2510.26001'],
        ['4.', '2510.26002'],
      ],
    );
    assert.deepEqual(
      papers[3].children.map((node) => node.name),
      ['(empty section heading)'],
    );
    assertWellFormed(papers);
  });

  it('has no front matter node without front matter, or with an unclosed one', () => {
    assert.deepEqual(
      outlineOf(post([{}]).replace(/^---[^]*?---\n/, '')).map((node) => node.kind),
      ['paper'],
    );
    assert.deepEqual(
      outlineOf('---\ntitle: x\n\n# 1. [A](https://arxiv.org/abs/2510.26001)\n').map((node) => node.kind),
      ['paper'],
    );
  });

  for (const blog of BLOGS) {
    it(`is well formed for every post of ${blogName(blog)}, with a node for each paper`, () => {
      for (const [file, text] of blogPosts(blog)) {
        const nodes = outlineOf(text);
        assertWellFormed(nodes);
        assert.equal(nodes[0].kind, 'frontMatter', file);
        assert.equal(nodes.length - 1, parseDigest(text).papers.length, file);
      }
    });
  }
});
