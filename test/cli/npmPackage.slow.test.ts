import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { ENGLISH_ENV, REPO } from '../helpers';

const BLOG = join(REPO, 'test/fixtures/blog');
/** The bundles the CLI runs; the extension's own (client, server, the shared renderer) stay out of the package. */
const CLI_FILES =
  /^(package\.json|README\.md|LICENSE|l10n\/bundle\.l10n\.[\w-]+\.json|dist\/(cli|fileJobsInThread|renderPages|\w+Worker)\.js)$/;

function npm(args: string[], cwd: string) {
  const result = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--offline'], {
    cwd,
    encoding: 'utf8',
    env: ENGLISH_ENV,
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

describe('the paper-digest npm package', () => {
  let project: string;
  let packed: { filename: string; files: { path: string }[] };

  before(() => {
    project = mkdtempSync(join(tmpdir(), 'paper-digest-npm-'));
    [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', project], REPO));
    cpSync(BLOG, project, { recursive: true });
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'blog', private: true }));
    npm(['install', '--ignore-scripts', join(project, packed.filename)], project);
  });

  it('holds the CLI and its translations only, and depends on nothing', () => {
    const paths = packed.files.map((file) => file.path);
    assert.deepEqual(
      paths.filter((path) => !CLI_FILES.test(path)),
      [],
    );
    assert.ok(
      ['dist/cli.js', 'dist/jobWorker.js', 'dist/fileJobsInThread.js', 'l10n/bundle.l10n.ko.json'].every((path) =>
        paths.includes(path),
      ),
    );
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
    assert.equal(manifest.dependencies, undefined, 'every library is bundled');
    assert.equal(manifest.bin['paper-digest'], './dist/cli.js');
    assert.deepEqual(
      readdirSync(join(project, 'node_modules')).filter((name) => !name.startsWith('.')),
      ['paper-digest'],
    );
  });

  it('runs as npx paper-digest check, as the repository build does', () => {
    const npx = spawnSync('npx', ['--offline', 'paper-digest', 'check', '--format', 'json', '_posts'], {
      cwd: project,
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });
    const built = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), 'check', '--format', 'json', '_posts'], {
      cwd: project,
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });
    assert.equal(npx.status, 0, npx.stderr);
    assert.ok(JSON.parse(npx.stdout).length >= 14);
    assert.equal(npx.stdout, built.stdout);
    const korean = spawnSync('npx', ['--offline', 'paper-digest', 'check', '--lang', 'ko', '_posts'], {
      cwd: project,
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });
    assert.match(korean.stdout, /[\uac00-\ud7a3]/, 'the Korean messages ship with it');
    const post = '_posts/2025-08-29-daily-papers-20250829.md';
    const alone = spawnSync('npx', ['--offline', 'paper-digest', 'check', '--lang', 'ko', post], {
      cwd: project,
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });
    assert.equal(
      alone.stdout,
      korean.stdout
        .split('\n')
        .filter((line) => line.startsWith(post))
        .join('\n') + '\n',
      "a single post, checked in the CLI's thread, reads the same",
    );
  });

  it('says its version', () => {
    const npx = spawnSync('npx', ['--offline', 'paper-digest', '--version'], {
      cwd: project,
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });
    assert.equal(npx.status, 0, npx.stderr);
    assert.equal(npx.stdout, `${JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version}\n`);
  });

  it('renders every post as npx paper-digest render --out, as the repository build does', () => {
    const npx = spawnSync('npx', ['--offline', 'paper-digest', 'render', '--out', 'packaged', '_posts'], {
      cwd: project,
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });
    const built = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), 'render', '--out', 'built', '_posts'], {
      cwd: project,
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });
    assert.equal(npx.status, 0, npx.stderr);
    assert.equal(built.status, 0, built.stderr);
    const pages = (folder: string) =>
      readdirSync(join(project, folder), { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => {
          const path = join(entry.parentPath, entry.name);
          return [path.slice(join(project, folder).length), readFileSync(path, 'utf8')];
        });
    assert.ok(pages('packaged').length >= 14);
    assert.deepEqual(pages('packaged'), pages('built'));
  });

  it('is what the pre-commit hook runs: its entry, on the staged posts it selects', () => {
    const [hook] = parse(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as {
      id: string;
      entry: string;
      language: string;
      files: string;
    }[];
    assert.deepEqual([hook.id, hook.language], ['paper-digest', 'node']);
    const selects = new RegExp(hook.files);
    const staged = [
      '_posts/2025-08-29-daily-papers-20250829.md',
      '_posts/2025-12-26-daily-papers-20251226.md',
      'README.md',
      '_pages/about.md',
    ].filter((path) => selects.test(path));
    assert.equal(staged.length, 2);
    const [command, ...args] = hook.entry.split(' ');
    const result = spawnSync(join(project, 'node_modules/.bin', command), [...args, ...staged], {
      cwd: project,
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /^_posts\/2025-08-29-daily-papers-20250829\.md:3:\d+ warning frontmatter-title/m);
  });
});
