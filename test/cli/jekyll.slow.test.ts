// `check` on a blog whose posts Jekyll would not publish as written: the findings in every format, the exit code,
// `--fix` keeping the Liquid as text (and Jekyll then building the post with the text as written), and the index
// leaving out a file Jekyll does not publish.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildWithJekyll } from '../render/jekyllFidelity';
import { ENGLISH_ENV, EXAMPLE, REPO } from '../helpers';
import { EXAMPLE_SITE_FOLDER } from '../jekyll/exampleBuilds';

const CLI = join(REPO, 'dist/cli.js');
const BROKEN = '_posts/2025-10-31-daily-papers.md';
const UNDATED = '_posts/daily-papers-20251101.md';
const FUTURE = '_posts/2099-01-01-daily-papers.md';

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: ENGLISH_ENV });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The example post with what a language model writes about prompt templates, and al-folio's old figure include. */
const brokenPost = EXAMPLE.replace(
  /## Method *\n/,
  (heading) =>
    `${heading}\n{% include figure.html path="a.png" %}\n\n{{ model_name }} 변수와 프롬프트의 {{ user_input 자리를 채운다.\n`,
);
/** The 1-based line and column of `text` in the post. */
const lineOf = (text: string) => brokenPost.split('\n').findIndex((line) => line.includes(text)) + 1;
const columnOf = (text: string) => brokenPost.split('\n')[lineOf(text) - 1].indexOf(text) + 1;

describe('paper-digest check on what Jekyll would not publish as written', () => {
  let blog: string;
  before(() => {
    blog = mkdtempSync(join(tmpdir(), 'paper-digest-jekyll-'));
    cpSync(EXAMPLE_SITE_FOLDER, blog, { recursive: true });
    mkdirSync(join(blog, '_posts'));
    mkdirSync(join(blog, '.github/workflows'), { recursive: true });
    writeFileSync(
      join(blog, '.github/workflows/deploy.yml'),
      'jobs:\n  b:\n    steps:\n      - run: bundle exec jekyll build\n',
    );
    writeFileSync(join(blog, BROKEN), brokenPost);
    writeFileSync(join(blog, UNDATED), EXAMPLE.replaceAll('2025-10-31', '2025-11-01'));
    writeFileSync(join(blog, FUTURE), EXAMPLE.replaceAll('2025-10-31', '2099-01-01'));
  });
  after(() => rmSync(blog, { recursive: true, force: true }));

  it('prints each finding and exits 1', () => {
    const { code, stdout } = run(['check', '_posts'], blog);
    assert.equal(code, 1, stdout);
    const found = stdout.split('\n').map((line) => line.split(' ').slice(0, 3).join(' '));
    for (const expected of [
      `${BROKEN}:${lineOf('user_input')}:1 warning liquid-output`,
      `${BROKEN}:${lineOf('user_input')}:${columnOf('{{ user_input')} error liquid-syntax`,
      `${BROKEN}:${lineOf('figure.html')}:1 error liquid-include`,
      `${UNDATED}:1:1 error post-file-name`,
      `${FUTURE}:4:7 warning post-future`,
    ])
      assert.ok(found.includes(expected), `${expected} in\n${stdout}`);
    assert.match(stdout, /`\.github\/workflows\/deploy\.yml` builds the site without `--future`/);
  });

  it('lists no paper of a file Jekyll does not publish as digested', () => {
    const { stdout } = run(['check', BROKEN], blog);
    assert.doesNotMatch(stdout, /daily-papers-20251101/);
  });

  it('says the same in JSON, GitHub workflow commands and SARIF', () => {
    const json = JSON.parse(run(['check', '--format', 'json', BROKEN], blog).stdout) as {
      diagnostics: { code: string; severity: string }[];
    }[];
    assert.deepEqual(
      json[0].diagnostics.filter((d) => d.code.startsWith('liquid-')).map((d) => `${d.severity} ${d.code}`),
      ['error liquid-syntax', 'error liquid-include', 'warning liquid-output'],
    );
    const github = run(['check', '--format', 'github', BROKEN], blog);
    assert.equal(github.code, 1);
    assert.match(
      github.stdout,
      new RegExp(
        `^::error file=_posts/2025-10-31-daily-papers\\.md,line=${lineOf('user_input')},col=${columnOf('{{ user_input')},.*title=liquid-syntax::`,
        'm',
      ),
    );
    const sarif = JSON.parse(run(['check', '--format', 'sarif', BROKEN], blog).stdout) as {
      runs: { results: { ruleId: string; level: string }[] }[];
    };
    assert.ok(sarif.runs[0].results.some((r) => r.ruleId === 'liquid-include' && r.level === 'error'));
  });

  it('keeps the Liquid as text with --fix, and Jekyll then builds the post with the text as written', () => {
    const fixed = run(['check', '--fix', BROKEN], blog);
    assert.equal(fixed.code, 0, fixed.stdout);
    const text = readFileSync(join(blog, BROKEN), 'utf8');
    assert.match(
      text,
      /\{% raw %\}\{\{ model_name \}\}\{% endraw %\} 변수와 프롬프트의 \{% raw %\}\{\{\{% endraw %\} user_input/,
    );
    assert.match(text, /\{% include figure\.liquid path="a\.png" %\}/);
    const site = mkdtempSync(join(tmpdir(), 'paper-digest-jekyll-site-'));
    try {
      cpSync(EXAMPLE_SITE_FOLDER, join(site, 'site'), { recursive: true });
      mkdirSync(join(site, 'site/_posts'));
      writeFileSync(join(site, 'site', BROKEN), text);
      buildWithJekyll(join(site, 'site'), join(site, 'out'));
      const page = readFileSync(join(site, 'out/dailypaper/2025/10/31/daily-papers/index.html'), 'utf8');
      assert.match(page, /\{\{ model_name \}\} 변수와 프롬프트의 \{\{ user_input 자리를 채운다\./);
    } finally {
      rmSync(site, { recursive: true, force: true });
    }
  });
});
