// `check` on a repository that is not the user's own (a pre-commit hook, the GitHub Action, a shared machine), probed
// as an attacker would: files that would never end or block the read, names and titles that would forge report
// lines, workflow commands or terminal escapes, and `--fix` on files it cannot reproduce or must not split.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { FIXABLE, runCli } from './cliRun';

/** Far above a check of a few posts, however loaded the machine: a run that blocks on a read never ends. */
const HANG_MS = 60_000;
const FIXED_HEADING = /\n# 2\. \[/;
/** A text-format report line: path:line:col severity rule message. */
const REPORT_LINE = /^[^\n]+:\d+:\d+ (?:error|warning|information|hint) [a-z-]+ /;

function run(args: string[], cwd: string) {
  const result = runCli(args, cwd, {}, HANG_MS);
  assert.notEqual(result.signal, 'SIGTERM', `paper-digest ${args.join(' ')} did not end`);
  return result;
}

/** A Jekyll site (a config and _layouts) with the posts given, by file name. */
function site(posts: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-hostile-'));
  writeFileSync(join(root, '_config.yml'), 'title: 연구 블로그\n');
  mkdirSync(join(root, '_layouts'));
  mkdirSync(join(root, '_posts'));
  for (const [name, text] of Object.entries(posts)) writeFileSync(join(root, '_posts', name), text);
  return root;
}

describe('check on a hostile repository: what it reads', () => {
  it('refuses a settings file that is a link to /dev/zero or a FIFO, says so, and checks the posts with the defaults', () => {
    for (const plant of [
      (path: string) => symlinkSync('/dev/zero', path),
      (path: string) => execFileSync('mkfifo', [path]),
    ]) {
      const root = site({ '2025-11-03-daily-papers.md': FIXABLE });
      mkdirSync(join(root, '.vscode'));
      plant(join(root, '.vscode/settings.json'));
      const { code, stdout, stderr } = run(['check', '_posts'], root);
      assert.match(stderr, /cannot read the settings file \S+settings\.json: not a regular file/);
      assert.match(stdout, /paper-numbering/);
      assert.equal(code, 0);
    }
  });

  it('stops with a clear error on a --config that is a FIFO', () => {
    const root = site({ '2025-11-03-daily-papers.md': FIXABLE });
    execFileSync('mkfifo', [join(root, 'settings.json')]);
    const { code, stderr } = run(['check', '--config', 'settings.json', '_posts'], root);
    assert.match(stderr, /cannot read the settings file \S+settings\.json: not a regular file/);
    assert.equal(code, 2);
  });

  it('reports a post that is a FIFO or a link to a device as unreadable, and checks the others', () => {
    const root = site({ '2025-11-03-daily-papers.md': FIXABLE });
    execFileSync('mkfifo', [join(root, '_posts/2025-11-04-daily-papers.md')]);
    symlinkSync('/dev/zero', join(root, '_posts/2025-11-05-daily-papers.md'));
    const { code, stdout, stderr } = run(['check', '_posts/2025-11-04-daily-papers.md', '_posts'], root);
    assert.match(stderr, /2025-11-04-daily-papers\.md cannot be read \(not a regular file: a folder, a FIFO/);
    assert.match(stdout, /2025-11-03-daily-papers\.md:\d+:\d+ warning paper-numbering/);
    assert.equal(code, 3, 'a post could not be checked');
  });
});

describe('check on a hostile repository: what it prints', () => {
  /** A post named to inject workflow commands, whose title carries terminal escapes and a forged report line. */
  const INJECTING_NAME = '2025-11-03-daily-papers\n::add-mask::secret\n::error file=x.md::forged.md';
  const ESCAPING_TITLE = '"Daily Papers \\u001b]0;PWNED\\u0007\\u001b[2J\\nx.md:1:1 error forged — 2025-11-03"';

  it('writes nothing but workflow commands with --format github, on stdout and on stderr', () => {
    const root = site({
      [INJECTING_NAME]: FIXABLE,
      'x##[add-mask]y.md': '# 논문 목록\n\n##[error]forged\n',
    });
    const { stdout, stderr } = run(
      ['check', '--format', 'github', `_posts/${INJECTING_NAME}`, '_posts/x##[add-mask]y.md'],
      root,
    );
    const lines = `${stdout}${stderr}`.split('\n').filter(Boolean);
    assert.ok(lines.length >= 2);
    for (const line of lines) assert.match(line, /^::(?:error|warning|notice) [^:]*::/, line);
    assert.match(stdout, /file=_posts\/2025-11-03-daily-papers%0A%3A%3Aadd-mask%3A%3Asecret%0A/);
    assert.match(stderr, /^::warning title=paper-digest::_posts\/x##\\x5badd-mask\]y\.md is not a digest post/m);
  });

  it('shows control characters and line ends visibly in the text format: every line is a report line', () => {
    const root = site({ [INJECTING_NAME]: FIXABLE.replace('"Daily Papers — 2025-11-03"', ESCAPING_TITLE) });
    const { stdout, stderr } = run(['check', '_posts'], root);
    for (const output of [stdout, stderr]) assert.doesNotMatch(output, /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    for (const line of stdout.split('\n').filter(Boolean)) assert.match(line, REPORT_LINE, line);
    assert.match(stdout, /daily-papers\\n::add-mask::secret\\n::error file=x\.md::forged\.md:\d+:\d+ /);
    assert.match(stdout, /frontmatter-title .*\\x1b\]0;PWNED\\x07\\x1b\[2J\\nx\.md:1:1 error forged/);
  });

  it('keeps a backslash in a SARIF URI as the file system has it: a\\b.md is not a/b.md', () => {
    const root = site({ 'a\\b.md': FIXABLE });
    const log = JSON.parse(run(['check', '--format', 'sarif', '_posts'], root).stdout);
    const uris = log.runs[0].results.map(
      (result: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
        result.locations[0].physicalLocation.artifactLocation.uri,
    );
    assert.ok(uris.length > 0);
    assert.deepEqual([...new Set(uris)], ['_posts/a%5Cb.md']);
  });
});

describe('check --fix on a hostile repository', () => {
  it('leaves front matter with an alias as it is: tags: *common is reported, not rewritten as [object Object]', () => {
    const text = FIXABLE.replace('---\n', '---\ncommon: &common papers hugginface\n').replace(
      /\ntags: .*\n/,
      '\ntags: *common\n',
    );
    const root = site({ '2025-11-03-daily-papers.md': text });
    const { code, stdout } = run(['check', '--fix', '_posts'], root);
    const fixed = readFileSync(join(root, '_posts/2025-11-03-daily-papers.md'), 'utf8');
    assert.match(fixed, FIXED_HEADING, 'the other fixes are applied');
    assert.equal(fixed.slice(0, fixed.indexOf('\n---\n')), text.slice(0, text.indexOf('\n---\n')));
    assert.match(stdout, /frontmatter-lists `tags` is not a list; write it as `tags: \[papers, hugginface\]`/);
    assert.equal(code, 0);
  });

  it('refuses to fix a file whose lines end with CR alone, and says why', () => {
    const text = FIXABLE.replace(/\n/g, '\r');
    const root = site({ '2025-11-03-daily-papers.md': text });
    const { code, stdout, stderr } = run(['check', '--fix', '--files', '_posts/*.md', '_posts'], root);
    assert.equal(readFileSync(join(root, '_posts/2025-11-03-daily-papers.md'), 'utf8'), text);
    assert.match(stdout, /error frontmatter-missing The lines end with CR alone/);
    assert.match(stderr, /ends its lines with CR alone, which Jekyll does not read as line ends/);
    assert.equal(code, 1);
  });

  it("writes in place: a hard link's other name reads the fix, and another user's file stays theirs", () => {
    const root = site({ '2025-11-03-daily-papers.md': FIXABLE });
    const file = join(root, '_posts/2025-11-03-daily-papers.md');
    const other = join(root, 'elsewhere.md');
    linkSync(file, other);
    // Only root may give a file away: then it is nobody's; another user's run keeps a file of their own theirs.
    if (process.getuid?.() === 0) chownSync(file, 65534, 65534);
    chmodSync(file, 0o660);
    const before = statSync(file);
    const { code } = run(['check', '--fix', '_posts'], root);
    const after = statSync(file);
    assert.equal(code, 0);
    assert.match(readFileSync(other, 'utf8'), FIXED_HEADING);
    assert.deepEqual(
      [after.ino, after.nlink, after.uid, after.gid, after.mode],
      [before.ino, 2, before.uid, before.gid, before.mode],
    );
  });
});
