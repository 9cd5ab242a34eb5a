import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { headingSkeleton } from '../../server/src/core/headingSkeleton';
import { parseDigest } from '../../server/src/core/parseDigest';
import { summarizeModel, summarizePostFile, type PostFileOptions } from '../../server/src/core/postSummary';
import { DEFAULT_SCHEMA } from '../../server/src/core/schema';
import { blogName, BLOGS, blogPosts, EXAMPLE, frontMatter, paper, post } from '../helpers';

const FILE = '2025-10-31-daily-papers.md';

function fileOptions(relativePath = `_posts/${FILE}`): PostFileOptions {
  return {
    schema: DEFAULT_SCHEMA,
    globs: ['**/_posts/**/*.md'],
    relativePath,
    fileName: relativePath.split('/').pop()!,
  };
}

/** Reading only the skeleton must give what reading the whole post gives. */
function assertSameAsFullParse(text: string, fileName = FILE): void {
  const full = summarizeModel(parseDigest(text), fileName, `_posts/${fileName}`);
  assert.deepEqual(summarizePostFile(text, fileOptions(`_posts/${fileName}`)), full);
}

const TRICKY_BODIES: Record<string, string> = {
  'a heading inside a code fence': '```markdown\n# 9. [Not a paper](https://arxiv.org/abs/2510.29999)\n```\n',
  'a heading inside a tilde fence in a list':
    '- item\n\n  ~~~\n  # 9. [Not a paper](https://arxiv.org/abs/2510.29999)\n  ~~~\n',
  'a heading inside an HTML block': '<div>\n# 9. [Not a paper](https://arxiv.org/abs/2510.29999)\n</div>\n',
  'headings in a list and a quote':
    '- # 9. [Nested](https://arxiv.org/abs/2510.29999)\n\n> # 8. [Quoted](https://arxiv.org/abs/2510.29998)\n',
  'a setext heading': 'Setext paper title\n===\n',
  'an indented code line': '    # 9. [Code](https://arxiv.org/abs/2510.29999)\n',
  'a paper heading at depth two': '## 4. [Deeper](https://arxiv.org/abs/2510.29997)\n',
  'a heading after a lazy paragraph line': 'Some text\n# 5. [Interrupts](https://arxiv.org/abs/2510.29996)\n',
  'deeper headings with an escaped or referenced number, or none': [
    '## 6\\. [Escaped](https://arxiv.org/abs/2510.29995)',
    '## &#55;. [Referenced](https://arxiv.org/abs/2510.29994)',
    '## Not numbered [Link](https://arxiv.org/abs/2510.29993)',
  ].join('\n\n'),
};

describe('summarizePostFile', () => {
  it("keeps the date, title, tags, categories and each paper with its heading's place", () => {
    const summary = summarizePostFile(EXAMPLE, fileOptions());
    assert.deepEqual(
      { ...summary, papers: summary?.papers.slice(0, 1) },
      {
        permalink: { slug: 'daily-papers', date: { text: '2025-10-31 08:15:00', plain: true }, categories: [] },
        date: '2025-10-31',
        title: 'Daily Papers — 2025-10-31',
        tags: ['papers', 'hugginface'],
        categories: [],
        papers: [
          {
            number: 1,
            title: 'The Quest for Generalizable Motion Generation: Data, Model, and Evaluation',
            arxivId: '2510.26794',
            heading: { start: { line: 9, character: 0 }, end: { line: 9, character: 117 } },
          },
        ],
      },
    );
    assert.deepEqual(
      summary?.papers.map((p) => [p.number, p.arxivId, p.heading.start.line]),
      [
        [1, '2510.26794', 9],
        [2, '2510.26213', 30],
        [3, '2510.24992', 53],
      ],
    );
  });

  for (const [name, body] of Object.entries(TRICKY_BODIES)) {
    it(`reads the same papers as a full parse with ${name}`, () => {
      assertSameAsFullParse(`${frontMatter()}${paper({}, 0)}\n${body}\n${paper({}, 1)}`);
    });
  }

  it('reads the same as a full parse with CRLF line ends, a byte order mark, or no front matter', () => {
    const text = post();
    assertSameAsFullParse(text.replace(/\n/g, '\r\n'));
    assertSameAsFullParse(`\uFEFF${text}`);
    assertSameAsFullParse(text.replace(/^---[^]*?---\n/, ''));
    assertSameAsFullParse(`---\ntitle: unclosed\n\n${paper()}`);
  });

  for (const blog of BLOGS) {
    it(`reads the same as a full parse for every post of ${blogName(blog)}`, () => {
      for (const [file, text] of blogPosts(blog)) assertSameAsFullParse(text, file);
    });
  }

  it('skips markdown that is no digest, and finds digests outside the globs by their title', () => {
    assert.equal(
      summarizePostFile('# Notes\n\n# 1. [A](https://arxiv.org/abs/2510.26001)\n', fileOptions('notes/todo.md')),
      undefined,
    );
    assert.equal(
      summarizePostFile('---\ntitle: About\n---\n\nText.\n', fileOptions('_posts/2025-01-01-about.md')),
      undefined,
    );
    assert.equal(summarizePostFile(post(), fileOptions('drafts/next.md'))?.papers.length, 3);
  });

  it('takes tags written as a space-separated string and titles with a stray quote', () => {
    const summary = summarizePostFile(
      post([{}], { tags: 'papers hugginface', title: 'Daily Papers — 2025-09-13"' }),
      fileOptions(),
    );
    assert.deepEqual([summary?.tags, summary?.title], [['papers', 'hugginface'], 'Daily Papers — 2025-09-13']);
  });
});

describe('headingSkeleton', () => {
  it("keeps the front matter and the top-level headings that may be papers' verbatim, mapping each back to its line", () => {
    const text = `${frontMatter()}# 1. [A](u)\n\ntext\n\n\`\`\`\n# code\n\`\`\`\n\n## Method\n\n## 2. [B](u)\n`;
    const skeleton = headingSkeleton(text);
    const lines = text.split('\n');
    assert.deepEqual(skeleton.sourceLines, [0, 1, 2, 3, 4, 5, 6, -1, 8, -1, 18]);
    skeleton.text
      .split('\n')
      .forEach((line, i) => assert.equal(line, skeleton.sourceLines[i] < 0 ? '' : lines[skeleton.sourceLines[i]]));
  });
});
