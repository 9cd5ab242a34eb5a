import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { action, blogCopy, NEW_POST, runAction } from './actionRunner';
import { post } from './helpers';

const annotations = (output: string) => output.split('\n').filter((line) => line.startsWith('::'));

describe('the GitHub Action, run locally on the bundled blog', () => {
  it('is a composite action over the built CLI', () => {
    assert.equal(action.runs.using, 'composite');
    assert.match(action.runs.steps.at(-1)!.run, /"\$GITHUB_ACTION_PATH\/dist\/cli\.js" check/);
  });

  it('annotates every problem of the blog and passes when no error is left', () => {
    const { code, output } = runAction(blogCopy());
    assert.equal(code, 0, output);
    const lines = annotations(output);
    assert.ok(lines.length > 40, output);
    assert.ok(
      lines.some((line) =>
        /^::warning file=_posts\/2025-08-29-daily-papers-20250829\.md,line=3,col=\d+,endLine=3,endColumn=\d+,title=frontmatter-title::/.test(
          line,
        ),
      ),
    );
    assert.ok(lines.some((line) => line.startsWith('::notice ') && line.includes('title=already-digested::')));
  });

  it('fails on an error in the new post, or only annotates it when asked', () => {
    const workspace = blogCopy();
    writeFileSync(
      join(workspace, NEW_POST),
      post([{ number: 1 }, { number: 2, id: '2512.999' }], {
        date: '2025-12-27 08:15:00',
        title: '"Daily Papers — 2025-12-27"',
      }),
    );
    const failing = runAction(workspace, { files: NEW_POST });
    assert.equal(failing.code, 1);
    assert.deepEqual(
      annotations(failing.output).map((line) => line.split('::')[1].split(',')[0]),
      [`error file=${NEW_POST}`],
    );
    const annotating = runAction(workspace, { files: NEW_POST, 'fail-on-error': 'false' });
    assert.equal(annotating.code, 0);
    assert.equal(annotations(annotating.output).length, 1);
  });

  it('fixes the new post with fix: true, and annotates what is left', () => {
    const workspace = blogCopy();
    const file = join(workspace, NEW_POST);
    writeFileSync(
      file,
      post([{ number: 1 }, { number: 3, title: 'Spaced   Title' }], {
        date: '2025-12-27 08:15:00',
        title: '"Daily Papers — 2025-12-27"',
      }),
    );
    const { code, output } = runAction(workspace, { files: `${NEW_POST}\n`, fix: 'true' });
    assert.equal(code, 0, output);
    assert.match(readFileSync(file, 'utf8'), /\n# 2\. \[Spaced {3}Title\]/);
    assert.deepEqual(
      annotations(output).map((line) => /title=([a-z-]+)/.exec(line)![1]),
      ['title-spacing'],
    );
  });

  it('checks nothing when no post is named, and fails on a missing one whatever fail-on-error says', () => {
    const workspace = blogCopy();
    assert.deepEqual(runAction(workspace, { files: ' \n' }), { code: 0, output: 'Paper Digest: no posts to check.\n' });
    assert.equal(runAction(workspace, { files: '_posts/nowhere.md', 'fail-on-error': 'false' }).code, 2);
  });
});
