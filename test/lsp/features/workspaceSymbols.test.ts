import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { provideWorkspaceSymbols } from '../../../server/src/lsp/features/workspaceSymbols';
import { generatePost } from '../../generatedBlog';
import { indexOf, postUri } from './openDigest';

describe('workspace symbols', () => {
  const posts: [string, string][] = Array.from({ length: 5 }, (_, post) => {
    const date = `2023-01-1${post}`;
    return [
      postUri(`${date}-daily-papers-${date.replace(/-/g, '')}.md`),
      generatePost(3, { date, idOf: (i) => `2301.${String(post * 10 + i).padStart(5, '0')}` }),
    ];
  });
  const index = indexOf(posts);

  it('finds a paper by arXiv id, with its post and entry', () => {
    assert.deepEqual(
      provideWorkspaceSymbols(index, '2301.00021').map((s) => [
        s.name,
        s.containerName,
        s.location.uri,
        s.location.range.start.line,
      ]),
      [
        [
          'OmniLayout: Enabling Coarse-to-Fine Learning with LLMs for Universal Document Layout Generation (2301.00021)',
          'Daily Papers — 2023-01-12, entry 2',
          posts[2][0],
          30,
        ],
      ],
    );
  });

  it('finds every entry by words of the title, and nothing for what no post has', () => {
    const found = provideWorkspaceSymbols(index, 'POWSM phonetic');
    assert.equal(found.length, 5);
    assert.ok(found.every((s) => s.name.startsWith('POWSM: A Phonetic Open Whisper-Style Speech Foundation Model (')));
    assert.deepEqual(provideWorkspaceSymbols(index, 'no such paper anywhere'), []);
  });
});
