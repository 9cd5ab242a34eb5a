import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { ENGLISH_ENV, EXAMPLE, post, REPO } from '../helpers';

const CLI = join(REPO, 'dist/cli.js');
const POST = '_posts/2025-10-31-daily-papers.md';
const DRAFT = 'drafts/reading-list.md';

function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: ENGLISH_ENV });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `line:col severity code` of each problem printed, without the path (which follows the current folder). */
function findings(stdout: string): string[] {
  return stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) =>
      line
        .split(' ')
        .slice(0, 3)
        .join(' ')
        .replace(/^.*\.md:/, ''),
    );
}

function writeSettings(site: string, settings: object): void {
  mkdirSync(join(site, '.vscode'), { recursive: true });
  writeFileSync(
    join(site, '.vscode/settings.json'),
    `// 블로그의 설정\n${JSON.stringify(settings, null, 2).replace(/\n}$/, ',\n}')}\n`,
  );
}

describe('paper-digest check reads the settings the editor reads', () => {
  let site: string;
  before(() => {
    site = mkdtempSync(join(tmpdir(), 'paper-digest-config-'));
    writeFileSync(join(site, '_config.yml'), 'title: 연구 블로그\n');
    mkdirSync(join(site, '_posts'));
    mkdirSync(join(site, 'drafts'));
    writeFileSync(join(site, POST), EXAMPLE);
    writeFileSync(
      join(site, DRAFT),
      post([{ number: 1 }, { number: 2, title: 'Spaced   Title' }], { title: '"읽을 논문"' }),
    );
    writeSettings(site, {
      'editor.wordWrap': 'on',
      'paperDigest.rules': { 'title-spacing': 'warning', 'intro-unlabeled': 'off' },
      'paperDigest.files': ['_posts/**/*.md', 'drafts/**/*.md'],
    });
  });

  it("applies the site's .vscode/settings.json, and gives the same findings from any folder", () => {
    const fromSite = run(['check', POST], site);
    assert.deepEqual(findings(fromSite.stdout), ['10:7 warning title-spacing', '31:7 warning title-spacing']);
    assert.deepEqual(
      findings(run(['check', '2025-10-31-daily-papers.md'], join(site, '_posts')).stdout),
      findings(fromSite.stdout),
    );
    assert.deepEqual(findings(run(['check', join(site, POST)], tmpdir()).stdout), findings(fromSite.stdout));
  });

  it('matches paperDigest.files against the site root, not the current folder', () => {
    const fromDrafts = run(['check', 'reading-list.md'], join(site, 'drafts'));
    const draftFindings = ['3:8 warning frontmatter-title', '30:7 warning title-spacing'];
    assert.deepEqual(findings(fromDrafts.stdout), draftFindings);
    assert.equal(fromDrafts.stderr, '');
    assert.deepEqual(findings(run(['check', '.'], site).stdout), [
      '10:7 warning title-spacing',
      '31:7 warning title-spacing',
      ...draftFindings,
    ]);
  });

  it('layers --config over the site settings, and --files over both', () => {
    const config = join(site, 'ci-settings.jsonc');
    writeFileSync(
      config,
      '{\n  // CI: 제목 공백은 보지 않는다\n  "paperDigest.rules": { "title-spacing": "off" },\n}\n',
    );
    assert.deepEqual(findings(run(['check', '--config', config, POST, DRAFT], site).stdout), [
      '3:8 warning frontmatter-title',
    ]);
    const notDigest = run(['check', '--files', '_posts/**/*.md', DRAFT], site);
    assert.equal(notDigest.code, 0);
    assert.equal(notDigest.stdout, '');
    assert.match(notDigest.stderr, /drafts\/reading-list\.md is not a digest post/);
  });

  it('says on stderr that a named file is no digest, and checks the rest', () => {
    writeFileSync(join(site, 'about.md'), '# 소개\n\n매일 읽은 논문을 정리한다.\n');
    const { code, stdout, stderr } = run(['check', 'about.md', POST], site);
    assert.equal(code, 0);
    assert.match(stderr, /^paper-digest: about\.md is not a digest post/);
    assert.equal(findings(stdout).length, 2);
  });

  it('reports a broken settings file and uses what parses; an unreadable --config stops the run', () => {
    const broken = mkdtempSync(join(tmpdir(), 'paper-digest-config-broken-'));
    writeFileSync(join(broken, '_config.yml'), 'title: 연구 블로그\n');
    mkdirSync(join(broken, '_posts'));
    writeFileSync(join(broken, POST), EXAMPLE);
    mkdirSync(join(broken, '.vscode'));
    writeFileSync(
      join(broken, '.vscode/settings.json'),
      '{\n  "paperDigest.rules": { "title-spacing": "off" },\n  "paperDigest.files": [\n',
    );
    const { stdout, stderr } = run(['check', '_posts'], broken);
    assert.equal(stdout, '');
    assert.match(stderr, /settings\.json:4:1: \w+ \(the rest of the settings file is used\)/);
    const missing = run(['check', '--config', 'nowhere.json', '_posts'], broken);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /cannot read the settings file .*nowhere\.json/);
  });

  it('--fix applies the fixes of errors and warnings, and of less severe problems only when the settings ask', () => {
    const fixSite = mkdtempSync(join(tmpdir(), 'paper-digest-config-fix-'));
    writeFileSync(join(fixSite, '_config.yml'), 'title: 연구 블로그\n');
    mkdirSync(join(fixSite, '_posts'));
    const file = join(fixSite, '_posts/2025-11-01-daily-papers.md');
    const original = post([{ number: 1, title: 'Spaced   Title' }, { number: 3 }], {
      date: '2025-11-01 08:15:00',
      title: '"Daily Papers — 2025-11-01"',
    });
    writeFileSync(file, original);
    run(['check', '--fix', file], fixSite);
    const fixed = readFileSync(file, 'utf8');
    assert.match(fixed, /\n# 2\. \[/, 'the numbering warning is fixed');
    assert.match(fixed, /Spaced {3}Title/, 'the title-spacing note is left alone: it changes a published anchor');
    writeSettings(fixSite, { 'paperDigest.fixAll.minimumSeverity': 'information' });
    run(['check', '--fix', file], fixSite);
    assert.match(readFileSync(file, 'utf8'), /\[Spaced Title\]/);
  });

  it('rejects an unknown format with the usage', () => {
    const { code, stderr } = run(['check', '--format', 'xml', POST], site);
    assert.equal(code, 2);
    assert.match(stderr, /unknown format 'xml'/);
  });

  it("prints a command's usage for --help or -h, anywhere before --, and checks nothing", () => {
    for (const [args, usage] of [
      [['check', '--help'], /^Usage: paper-digest check /],
      [['check', POST, '-h'], /^Usage: paper-digest check /],
      [['render', '--help'], /^Usage: paper-digest render /],
    ] as const) {
      const { code, stdout, stderr } = run([...args], site);
      assert.deepEqual([code, stderr], [0, ''], args.join(' '));
      assert.match(stdout, usage);
    }
    const { stderr } = run(['check', '--', '--help'], site);
    assert.match(stderr, /--help/, 'a file named --help after --');
  });
});
