import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ENGLISH_ENV, EXAMPLE, post, REPO } from '../helpers';

const CLI = join(REPO, 'dist/cli.js');

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...ENGLISH_ENV, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('paper-digest check', () => {
  let blog: string;
  before(() => {
    blog = mkdtempSync(join(tmpdir(), 'paper-digest-cli-'));
    mkdirSync(join(blog, '_posts'));
    writeFileSync(join(blog, '_posts/2025-10-31-daily-papers.md'), EXAMPLE);
    writeFileSync(
      join(blog, '_posts/2025-11-01-daily-papers.md'),
      post([{ number: 1 }, { number: 3, id: '2511.999' }], {
        date: '2025-11-01 08:15:00',
        title: '"Daily Papers — 2025-11-01"',
      }),
    );
    writeFileSync(join(blog, 'README.md'), '# 블로그\n\n# 1. 목록\n');
  });

  it('prints path:line:col severity code message and exits 1 on an error', () => {
    const { code, stdout } = run(['check', '_posts'], blog);
    assert.equal(code, 1);
    assert.deepEqual(
      stdout
        .trim()
        .split('\n')
        .map((line) => line.split(' ').slice(0, 3).join(' ')),
      [
        '_posts/2025-10-31-daily-papers.md:10:7 information title-spacing',
        '_posts/2025-10-31-daily-papers.md:31:7 information title-spacing',
        '_posts/2025-11-01-daily-papers.md:30:3 warning paper-numbering',
        '_posts/2025-11-01-daily-papers.md:30:82 error arxiv-id',
      ],
    );
  });

  it('exits 0 when only notes are found, and skips markdown that is not a digest', () => {
    const { code, stdout } = run(['check', '_posts/2025-10-31-daily-papers.md', 'README.md'], blog);
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /README/);
  });

  it('prints JSON with end positions and fix titles', () => {
    const { stdout } = run(['check', '--format', 'json', '.'], blog);
    const reports = JSON.parse(stdout) as {
      file: string;
      diagnostics: { code: string; endColumn: number; fixes: string[] }[];
    }[];
    assert.deepEqual(
      reports.map((r) => r.file),
      ['_posts/2025-10-31-daily-papers.md', '_posts/2025-11-01-daily-papers.md'],
    );
    assert.deepEqual(reports[0].diagnostics[0].fixes, ['Collapse the spaces in the title']);
    assert.equal(reports[0].diagnostics[0].endColumn, 83);
  });

  it('notes a paper already digested in an earlier post of the run or of the site, and where (related, in JSON)', () => {
    const folder = mkdtempSync(join(tmpdir(), 'paper-digest-cli-repeat-'));
    mkdirSync(join(folder, '_posts'));
    writeFileSync(join(folder, '_posts/2025-10-31-daily-papers.md'), EXAMPLE);
    const later = '_posts/2025-11-02-daily-papers.md';
    writeFileSync(
      join(folder, later),
      post([{ id: '2510.26794' }], { date: '2025-11-02 08:15:00', title: '"Daily Papers — 2025-11-02"' }),
    );
    const notes = run(['check', '_posts'], folder)
      .stdout.split('\n')
      .filter((line) => line.includes('already-digested'));
    assert.deepEqual(notes, [
      `${later}:9:82 information already-digested Already digested: also in Daily Papers — 2025-10-31, entry 1.`,
    ]);
    assert.doesNotMatch(
      run(['check', later], folder).stdout,
      /already-digested/,
      'alone and outside a Jekyll site, the post has nothing to compare with',
    );
    writeFileSync(join(folder, '_config.yml'), 'title: 연구 블로그\n');
    mkdirSync(join(folder, '_layouts'));
    assert.match(
      run(['check', later], folder).stdout,
      /already-digested Already digested: also in Daily Papers — 2025-10-31, entry 1\./,
      "in a site, it is compared with the site's posts",
    );
    const [, report] = JSON.parse(run(['check', '--format', 'json', '_posts'], folder).stdout) as {
      diagnostics: { code: string; related: unknown[] }[];
    }[];
    assert.deepEqual(report.diagnostics.find((d) => d.code === 'already-digested')?.related, [
      { file: '_posts/2025-10-31-daily-papers.md', line: 10, column: 1, message: 'Daily Papers — 2025-10-31, entry 1' },
    ]);
  });

  it("keeps the site's other posts' summaries between runs in its cache folder, until a post's bytes change", () => {
    const folder = mkdtempSync(join(tmpdir(), 'paper-digest-cli-kept-'));
    mkdirSync(join(folder, '_posts'));
    mkdirSync(join(folder, '_layouts'));
    writeFileSync(join(folder, '_config.yml'), 'title: 연구 블로그\n');
    const earlier = join(folder, '_posts/2025-10-31-daily-papers.md');
    writeFileSync(earlier, EXAMPLE);
    const later = '_posts/2025-11-02-daily-papers.md';
    writeFileSync(join(folder, later), post([{ id: '2510.26794' }], { date: '2025-11-02 08:15:00' }));
    const cache = { XDG_CACHE_HOME: mkdtempSync(join(tmpdir(), 'paper-digest-cli-kept-cache-')) };
    const noted = () => /already-digested/.test(run(['check', later], folder, cache).stdout);
    assert.ok(noted());
    // The kept summary, not the post, now says which papers the earlier post digests.
    const kept = join(
      cache.XDG_CACHE_HOME,
      'paper-digest',
      readdirSync(join(cache.XDG_CACHE_HOME, 'paper-digest')).find((name) => name.startsWith('summaries-'))!,
    );
    writeFileSync(kept, readFileSync(kept, 'utf8').replaceAll('2510.26794', '2510.99999'));
    assert.equal(noted(), false, 'the kept summary was not used');
    writeFileSync(earlier, `${EXAMPLE}\n`);
    assert.ok(noted(), 'a changed post is summarized again');
  });

  it('applies the unambiguous fixes with --fix', () => {
    const file = join(blog, '_posts/2025-11-01-daily-papers.md');
    run(['check', '--fix', file], blog);
    assert.match(readFileSync(file, 'utf8'), /\n# 2\. \[/);
  });

  it('stops quietly when the reader closes the pipe early', () => {
    const many = join(blog, 'many');
    mkdirSync(many);
    for (let i = 0; i < 200; i++) writeFileSync(join(many, `2025-10-31-daily-papers-${i}.md`), EXAMPLE);
    const result = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" check many | head -1`], {
      cwd: blog,
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });
    assert.equal(result.stdout.split('\n').filter(Boolean).length, 1);
    assert.equal(result.stderr, '');
  });

  it('says which path does not exist', () => {
    const { code, stderr } = run(['check', 'nowhere'], blog);
    assert.equal(code, 2);
    assert.match(stderr, /no such file or folder: nowhere/);
  });
});
