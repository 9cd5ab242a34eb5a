import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitFrontMatter } from '../../server/src/render/post';
import { generatePost } from '../generatedBlog';
import { blocksOf, renderedBlocksOf, shownContent, whole } from './helpers';

describe('the preview content in blocks', () => {
  it('is the part before the first paper and then one block per paper, equal to the whole body rendered at once', () => {
    const text = generatePost(5);
    const blocks = blocksOf(text)!;
    assert.equal(blocks.length, 6);
    assert.equal(new Set(blocks.map((block) => block.key)).size, 6);
    assert.equal(shownContent({ blocks }), whole(text));
    assert.match(
      blocks[4].html!,
      /<h2 id="introduction-3" data-line="\d+">Introduction<\/h2>/,
      'heading ids count on across blocks',
    );
  });

  it('keeps the keys of the blocks a keystroke did not touch, and their HTML when only their lines moved', () => {
    const text = generatePost(5);
    const before = blocksOf(text, 'typed.md')!;
    const at = text.indexOf('## Method', text.indexOf('# 3.'));
    const typed = blocksOf(`${text.slice(0, at)}\n추가한 줄이다.\n${text.slice(at)}`, 'typed.md')!;
    assert.deepEqual(
      typed.map((block) => block.key === before[typed.indexOf(block)].key),
      [true, true, true, false, true, true],
    );
    assert.deepEqual(
      typed.slice(4).map((block) => block.line),
      before.slice(4).map((block) => block.line + 2),
    );
    assert.equal(typed[4].html, before[4].html);
  });

  it("shows a long post's first screen first, then the rest with the blocks it holds kept", () => {
    const text = generatePost(40);
    const first = renderedBlocksOf(text, 'long.md', 80)!;
    const all = blocksOf(text, 'long.md')!;
    assert.equal(first.complete, false);
    assert.ok(
      first.blocks.length > 1 && first.blocks.length < all.length / 4,
      `${first.blocks.length} of ${all.length} blocks`,
    );
    assert.ok(first.blocks.at(-1)!.line <= 80 && all[first.blocks.length].line > 80);
    assert.deepEqual(first.blocks, all.slice(0, first.blocks.length));
    assert.equal(shownContent({ blocks: all }), whole(text));
    // A fresh page gets the first screen again, though every block is at hand; a page that shows nothing of its
    // front matter's length still gets a block.
    assert.deepEqual(renderedBlocksOf(text, 'long.md', 80), first);
    assert.deepEqual(renderedBlocksOf(text, 'long.md', 0)!.blocks, all.slice(0, 1));
    assert.equal(renderedBlocksOf(generatePost(2), 'short.md', 80)!.complete, true);
  });

  it('leaves posts whose parts depend on each other to be rendered whole', () => {
    const post = generatePost(3);
    const paper2 = post.indexOf('# 2.');
    for (const inserted of [
      '{{ page.title }}\n\n',
      '[링크]: https://arxiv.org/abs/2510.00001\n\n',
      '<div>\n\n열린 블록\n\n',
      '{:note: .note}\n\n',
      '{::options auto_id_prefix="p-" /}\n\n',
      '{::comment}\n열린 주석\n\n',
      '* 목차\n{:toc}\n\n',
    ]) {
      assert.equal(blocksOf(post.slice(0, paper2) + inserted + post.slice(paper2)), undefined, inserted);
    }
    assert.ok(blocksOf(post.slice(0, paper2) + '<div>\n닫힌 블록\n</div>\n\n' + post.slice(paper2)));
  });

  it('cuts only at # headings: kramdown reads an underline after several lines of a paragraph as more of it', () => {
    // The property's counterexample (seed 489250304): a front matter broken by a NUL, whose `---` lines CommonMark reads
    // as setext headings, the second one starting with digits like a paper's number.
    const text =
      '\u0000---\ntitle: "Daily Papers — 2025-10-31"\n---\n 2025-10-31 08:15:00\ntags: [papers, hugginface]\nlayout: post\ncategories: []\n---';
    assert.equal(blocksOf(text)!.length, 1);
    assert.equal(shownContent({ blocks: blocksOf(text)! }), whole(text));
  });

  it('reads a byte order mark as Jekyll does, and still equals the whole body', () => {
    // The property's counterexample (seed 486838284): a BOM typed over the front matter's first `-`. Remark skips a
    // leading BOM without counting it, so the whole render read every later HTML token one character off
    // (`<Parallel>&gt; …`), while the blocks after the first were right.
    const paper =
      '# 1. [Motion Generation](https://arxiv.org/abs/2501.00000)\n\n## Method\n복잡한 동작에서 <Parallel> 디코딩의 불안정성은 한계로 남아 있다.\n';
    const post = `---\nlayout: post\ntitle: "Daily Papers — 2025-10-31"\n---\n${paper}\n${paper.replace('# 1.', '# 2.')}`;
    assert.equal(splitFrontMatter(`\ufeff${post}`).frontMatter.layout, 'post');
    for (const text of [`\ufeff${post}`, post.replace('-', '\ufeff'), `\ufeff\ufeff${post}`]) {
      assert.equal(shownContent({ blocks: blocksOf(text)! }), whole(text));
      assert.match(
        whole(text),
        /<p data-line="12">복잡한 동작에서 <Parallel> 디코딩의 불안정성은 한계로 남아 있다\.<\/Parallel><\/p>/,
      );
    }
  });
});
