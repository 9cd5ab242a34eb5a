import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { SEVERITIES } from '../../server/src/protocol/diagnostics';
import { ENGLISH_ENV, EXAMPLE, pathologicalPost, post, REPO } from '../helpers';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from '../lsp/lspClient';

const CLI = join(REPO, 'dist/cli.js');
const INDEXING = 'Paper Digest: indexing posts';

/** The settings, as `.vscode/settings.json` holds them and as `workspace/configuration` hands the section to the server. */
const SETTINGS_FILE = {
  'paperDigest.rules': { 'title-spacing': 'warning', 'intro-unlabeled': 'off', 'section-placeholder': 'hint' },
  'paperDigest.files': ['_posts/**/*.md', 'drafts/**/*.md'],
  'paperDigest.schema': { sections: ['Introduction', 'Method', 'Results', 'Limitations', 'Conclusion', 'Notes'] },
};
const SECTION = {
  rules: SETTINGS_FILE['paperDigest.rules'],
  files: SETTINGS_FILE['paperDigest.files'],
  schema: SETTINGS_FILE['paperDigest.schema'],
};

const POSTS: Record<string, string> = {
  '_posts/2025-10-31-daily-papers.md': EXAMPLE,
  '_posts/2025-11-01-daily-papers-20251101.md': post(
    [
      { number: 1, id: '2510.26794' },
      { number: 3, id: '2511.999' },
      {
        number: 4,
        sections: [
          ['Introduction', '- 목표: 정리한다.'],
          ['Method', '정보 부족'],
        ],
      },
    ],
    { date: '2025-11-01 08:15:00', title: '"Daily Papers — 2025-11-01"' },
  ),
  'drafts/reading-list.md': post([{ number: 1, title: 'Spaced   Title <Parallel>' }], { title: '"읽을 논문"' }),
};

/**
 * Posts a language model filled with repeated markup, each with papers of its own: 10,000 lines of `> - ` in a Method
 * section (a second or so of CPU to check: both check it whole), and 10,000 `> - ` on one line (minutes: both give up).
 */
const PATHOLOGICAL: Record<string, string> = {
  '_posts/2025-11-05-daily-papers.md': pathologicalPost('2025-11-05')
    .replace('> - '.repeat(10_000), '> - \n'.repeat(10_000))
    .replace(/2510\./g, '2409.'),
  '_posts/2025-11-06-daily-papers.md': pathologicalPost('2025-11-06').replace(/2510\./g, '2408.'),
};

interface Finding {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

describe('the editor and the CLI give the same findings under the same settings', () => {
  let site: string;
  let client: LspClient;

  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'paper-digest-parity-'));
    writeFileSync(join(site, '_config.yml'), 'title: 연구 블로그\n');
    mkdirSync(join(site, '.vscode'));
    writeFileSync(join(site, '.vscode/settings.json'), JSON.stringify(SETTINGS_FILE, null, 2));
    for (const [path, text] of Object.entries(POSTS)) {
      mkdirSync(join(site, path, '..'), { recursive: true });
      writeFileSync(join(site, path), text);
    }
    client = await LspClient.start({
      rootPath: site,
      settings: SECTION,
      capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
    });
    await client.waitForProgressEnd(INDEXING);
  });

  after(async () => {
    await client.stop();
    rmSync(site, { recursive: true, force: true });
  });

  it('post by post: position, severity, rule and message', async () => {
    const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', '.'], {
      cwd: site,
      encoding: 'utf8',
      env: ENGLISH_ENV,
    });
    const cli = new Map(
      (JSON.parse(result.stdout) as { file: string; diagnostics: Finding[] }[]).map((report) => [
        report.file,
        report.diagnostics,
      ]),
    );
    assert.deepEqual([...cli.keys()].sort(), Object.keys(POSTS).sort());
    const codes = new Set([...cli.values()].flat().map((d) => `${d.severity} ${d.code}`));
    for (const expected of [
      'warning title-spacing',
      'hint section-placeholder',
      'information already-digested',
      'error arxiv-id',
      'warning frontmatter-title',
    ]) {
      assert.ok(codes.has(expected), `the settings and the site's other posts shape the findings: ${expected}`);
    }
    for (const path of Object.keys(POSTS)) {
      const uri = pathToFileURL(join(site, path)).href;
      const published = client.waitForDiagnostics(uri);
      await client.open(uri, readFileSync(join(site, path), 'utf8'));
      const editor = findingsOf(await published);
      const fromCli = cli.get(path)!.map(comparable);
      assert.ok(editor.length > 0, `${path} has findings`);
      assert.deepEqual(fromCli, editor, path);
    }
  });

  it('pathological posts too: one checked whole by both, one given up by both', async () => {
    for (const [path, text] of Object.entries(PATHOLOGICAL)) {
      writeFileSync(join(site, path), text);
      const cli = checkedByCli(site, path);
      const uri = pathToFileURL(join(site, path)).href;
      const published = client.waitForDiagnostics(uri, () => true, 180_000);
      await client.open(uri, text);
      assert.deepEqual(findingsOf(await published), cli, path);
    }
    const [whole, givenUp] = Object.keys(PATHOLOGICAL).map((path) => checkedByCli(site, path).map((d) => d.code));
    assert.ok(whole.length > 0 && !whole.includes('too-complex'), `checked whole: ${whole}`);
    assert.deepEqual(givenUp, ['too-complex']);
  });
});

/** The CLI's findings for one post of the site, as the editor publishes them. */
function checkedByCli(site: string, path: string): Finding[] {
  const result = spawnSync(process.execPath, [CLI, 'check', '--format', 'json', path], {
    cwd: site,
    encoding: 'utf8',
    env: ENGLISH_ENV,
  });
  const [report] = JSON.parse(result.stdout) as { diagnostics: Finding[] }[];
  return report.diagnostics.map(comparable);
}

/** A finding of the CLI's report without what the editor shows elsewhere (its fixes, its related places). */
function comparable({ line, column, endLine, endColumn, severity, code, message }: Finding): Finding {
  return { line, column, endLine, endColumn, severity, code, message };
}

function findingsOf(published: { diagnostics: Diagnostic[] }): Finding[] {
  return published.diagnostics.map((d) => ({
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: SEVERITIES[d.severity! - 1],
    code: String(d.code),
    message: typeof d.message === 'string' ? d.message : d.message.value,
  }));
}
