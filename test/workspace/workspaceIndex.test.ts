import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PaperSummary, PostSummary } from '../../server/src/core/postSummary';
import { EXAMPLE_SITE } from '../../server/src/core/rules/examples';
import { fileKey, WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

function paperAt(number: number, arxivId: string | undefined, title = `Paper ${number}`): PaperSummary {
  const line = number * 20;
  return { number, title, arxivId, heading: { start: { line, character: 0 }, end: { line, character: 60 } } };
}

function summary(date: string, papers: PaperSummary[], tags = ['papers'], categories: string[] = []): PostSummary {
  return { date, title: `Daily Papers — ${date}`, tags, categories, papers };
}

const A = 'file:///blog/_posts/2025-10-01-daily-papers.md';
const B = 'file:///blog/_posts/2025-10-02-daily-papers.md';
const C = 'file:///blog/drafts/2025-10-03-daily-papers.md';

function indexOfThree(): WorkspaceIndex {
  const index = new WorkspaceIndex();
  index.set(
    A,
    summary(
      '2025-10-01',
      [paperAt(1, '2510.00001', 'Motion Generation at Scale'), paperAt(2, '2510.00002')],
      ['papers', 'arxiv'],
    ),
  );
  index.set(
    B,
    summary(
      '2025-10-02',
      [paperAt(1, '2510.00002v2', 'Paper 2, revised'), paperAt(2, '2510.00003')],
      ['papers'],
      ['ml'],
    ),
  );
  index.set(C, summary('2025-10-03', [paperAt(1, undefined, 'Unlinked paper')], ['papers', 'hugginface'], ['ml']));
  return index;
}

describe('WorkspaceIndex', () => {
  it('finds every entry of a paper, any version, in any post', () => {
    const index = indexOfThree();
    assert.deepEqual(
      index.entriesOf('2510.00002v1').map((entry) => [entry.file, entry.number, entry.postTitle, entry.date]),
      [
        [A, 2, 'Daily Papers — 2025-10-01', '2025-10-01'],
        [B, 1, 'Daily Papers — 2025-10-02', '2025-10-02'],
      ],
    );
    assert.deepEqual(index.entriesOf('2510.09999'), []);
  });

  it("gives a post's checks the other posts' entries only", () => {
    const index = indexOfThree();
    assert.deepEqual(
      index
        .lookupFor(B)('2510.00002')
        .map((entry) => entry.file),
      [A],
    );
  });

  it('spells a file one way whoever names it', () => {
    const index = new WorkspaceIndex();
    index.set('file:///blog/_posts/%ED%95%9C%EA%B8%80.md', summary('2025-10-01', [paperAt(1, '2510.00001')]));
    assert.deepEqual(index.lookupFor('file:///blog/_posts/한글.md')('2510.00001'), []);
    assert.equal(fileKey('file:///blog/_posts/한글.md'), 'file:///blog/_posts/%ED%95%9C%EA%B8%80.md');
  });

  it('tells the documents that looked a paper up when its entries change, and only them', () => {
    const index = indexOfThree();
    const told: string[][] = [];
    index.onDependentsChanged((files) => told.push(files));
    index.lookupFor(B)('2510.00002');
    index.lookupFor(C)('2510.00003');
    index.set(A, summary('2025-10-01', [paperAt(1, '2510.00001'), paperAt(3, '2510.00002')]));
    index.set(A, summary('2025-10-01', [paperAt(1, '2510.00001'), paperAt(3, '2510.00002')]));
    index.set(A, summary('2025-10-01', [paperAt(1, '2510.00009')]));
    index.delete(B);
    index.forgetLookups(B);
    index.set(B, summary('2025-10-02', [paperAt(1, '2510.00003')]));
    assert.deepEqual(told, [[B], [B], [C], [C]]);
  });

  it('drops the posts of a deleted folder', () => {
    const index = indexOfThree();
    index.deleteFolder('file:///blog/_posts');
    assert.deepEqual(index.files(), [C]);
    assert.deepEqual(index.entriesOf('2510.00002'), []);
  });

  it('searches titles and ids the way editors filter symbols, exact titles and ids and newer posts first', () => {
    const index = indexOfThree();
    const found = (query: string) => index.search(query).map((paper) => `${paper.date} ${paper.number}`);
    assert.deepEqual(found('2510.00002'), ['2025-10-02 1', '2025-10-01 2']);
    assert.deepEqual(found('MOTION gen'), ['2025-10-01 1']);
    assert.deepEqual(found('mtngnrtn'), ['2025-10-01 1']);
    assert.deepEqual(found('unlinked'), ['2025-10-03 1']);
    assert.deepEqual(found('nothing like it'), []);
    assert.equal(found('').length, 5);
    assert.deepEqual(
      found('paper 2'),
      ['2025-10-02 2', '2025-10-01 2', '2025-10-02 1'],
      'exact titles before a newer one that starts with them',
    );
  });

  it('ranks the paper a query names first, before newer papers that only hold its letters', () => {
    const index = new WorkspaceIndex();
    index.set(
      A,
      summary('2025-10-31', [paperAt(3, '2510.24992', 'POWSM: A Phonetic Open Whisper-Style Speech Foundation Model')]),
    );
    index.set(
      B,
      summary('2025-12-11', [
        paperAt(1, '2512.07222', 'Pay Less Attention to Function Words for Free Robustness of Vision-Language Models'),
      ]),
    );
    index.set(
      C,
      summary('2025-12-19', [
        paperAt(
          2,
          '2512.16767',
          'Make-It-Poseable: Feed-forward Latent Posing Model for 3D Humanoid Character Animation',
        ),
      ]),
    );
    const titles = (query: string) => index.search(query).map((paper) => paper.title.split(':')[0]);
    assert.deepEqual(titles('POWSM'), [
      'POWSM',
      'Make-It-Poseable',
      'Pay Less Attention to Function Words for Free Robustness of Vision-Language Models',
    ]);
    assert.deepEqual(titles('posing model').slice(0, 1), ['Make-It-Poseable']);
    assert.deepEqual(titles('2512.07222v2'), [
      'Pay Less Attention to Function Words for Free Robustness of Vision-Language Models',
    ]);
  });

  it('counts the tags and categories posts use, the most used first', () => {
    const index = indexOfThree();
    assert.deepEqual(index.tags(), [
      { name: 'papers', posts: 3 },
      { name: 'arxiv', posts: 1 },
      { name: 'hugginface', posts: 1 },
    ]);
    assert.deepEqual(index.categories(), [{ name: 'ml', posts: 2 }]);
  });

  it('keeps a file of `_posts` Jekyll does not publish, but lists none of its papers, tags or categories', () => {
    const index = indexOfThree();
    const unpublished = 'file:///blog/_posts/daily-papers-20251004.md';
    index.set(unpublished, {
      ...summary('2025-10-04', [paperAt(1, '2510.00001')], ['draft'], ['ml']),
      unpublished: true,
    });
    assert.ok(index.files().includes(unpublished));
    assert.deepEqual(
      index.entriesOf('2510.00001').map((entry) => entry.file),
      [A],
    );
    assert.ok(!index.tags().some((tag) => tag.name === 'draft'));
    assert.deepEqual(index.categories(), [{ name: 'ml', posts: 2 }]);
  });

  it("lists the site's other published posts, and tells those that read them when one's URL changes", () => {
    const index = new WorkspaceIndex();
    const permalink = { slug: 'daily-papers', date: { text: '2025-10-01', plain: false }, categories: [] };
    index.set(A, { ...summary('2025-10-01', []), permalink });
    index.set(C, {
      ...summary('2025-10-03', []),
      permalink: { ...permalink, date: { text: '2025-10-03', plain: false } },
    });
    const told: string[][] = [];
    index.onDependentsChanged((files) => told.push(files));
    const sitePosts = index.sitePostsFor(B, EXAMPLE_SITE, (file) => file.startsWith('file:///blog/_posts/'));
    assert.deepEqual(sitePosts('/dailypaper/2025/10/01/daily-papers/'), [
      { file: A, path: '_posts/2025-10-01-daily-papers.md', permalink },
    ]);
    assert.deepEqual(sitePosts('/dailypaper/2025/10/03/daily-papers/'), []);
    index.set(A, { ...summary('2025-10-01', [paperAt(1, '2510.00009')]), permalink });
    assert.deepEqual(told, []);
    index.set(A, { ...summary('2025-10-01', []), permalink: { ...permalink, slug: 'moved' } });
    assert.deepEqual(told, [[fileKey(B)]]);
  });
});
