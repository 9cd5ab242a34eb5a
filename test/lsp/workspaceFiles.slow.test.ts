import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { URI } from 'vscode-uri';
import { readWorkspacePost, workspaceFileOf } from '../../server/src/lsp/workspaceFiles';
import { resolveSettings } from '../../server/src/settings/settings';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { post } from '../helpers';

const root = realpathSync(mkdtempSync(join(tmpdir(), 'paper-digest-files-')));
const folder = join(root, 'blog');
const outside = join(root, 'elsewhere');
for (const dir of [join(folder, '_posts'), outside]) mkdirSync(dir, { recursive: true });
const POST = join(folder, '_posts/2025-10-31-daily-papers.md');
writeFileSync(POST, post());
writeFileSync(join(folder, 'README.md'), '# 블로그\n\n설명이다.\n');
writeFileSync(join(folder, 'draft.md'), post([{}], { title: '"Daily Papers — 2025-11-01"' }));
writeFileSync(join(outside, 'secret.md'), post());
symlinkSync(join(outside, 'secret.md'), join(folder, '_posts/2025-11-02-daily-papers.md'));
symlinkSync('/etc/passwd', join(folder, '_posts/2025-11-03-daily-papers.md'));
symlinkSync(POST, join(folder, '_posts/2025-11-04-daily-papers.md'));
execFileSync('mkfifo', [join(folder, '_posts/2025-11-05-daily-papers.md')]);
symlinkSync('/dev/zero', join(folder, '_posts/2025-11-06-daily-papers.md'));
after(() => rmSync(root, { recursive: true, force: true }));

const FOLDERS = [pathToFileURL(folder).href];
const settings = resolveSettings(undefined);

const fileOf = (uri: string) =>
  workspaceFileOf(nodeFileSystem, URI.parse(uri).scheme === 'file' ? URI.parse(uri).fsPath : undefined, FOLDERS);

async function read(path: string): Promise<string | undefined> {
  const file = await fileOf(pathToFileURL(path).href);
  return file && readWorkspacePost(nodeFileSystem, file, settings);
}

describe('reading posts by the URI a client sends', () => {
  it('reads a digest post of a workspace folder, in the digest globs or with the digest title, also through a link inside the folder', async () => {
    assert.equal(await read(POST), post());
    assert.match((await read(join(folder, 'draft.md')))!, /Daily Papers — 2025-11-01/);
    assert.equal(await read(join(folder, '_posts/2025-11-04-daily-papers.md')), post());
  });

  it('reads nothing outside the workspace folders, whatever the URI', async () => {
    for (const uri of [
      'file:///etc/passwd',
      'file:///proc/self/environ',
      'file:///dev/zero',
      pathToFileURL(join(outside, 'secret.md')).href,
      'file:///blog/../etc/passwd',
      'untitled:x.md',
      'http://example.com/post.md',
    ]) {
      assert.equal(await fileOf(uri), undefined, uri);
    }
  });

  it(
    'reads no link out of the folder, no FIFO and no device, even named like a post',
    { skip: process.platform === 'win32' && 'no FIFOs' },
    async () => {
      for (const name of ['2025-11-02', '2025-11-03', '2025-11-05', '2025-11-06'])
        assert.equal(await read(join(folder, `_posts/${name}-daily-papers.md`)), undefined, name);
    },
  );

  it('reads no markdown file that is not a digest, nor a post longer than paperDigest.maxFileSize', async () => {
    assert.equal(await read(join(folder, 'README.md')), undefined);
    const file = (await fileOf(pathToFileURL(POST).href))!;
    assert.equal(await readWorkspacePost(nodeFileSystem, file, resolveSettings({ maxFileSize: 1000 })), undefined);
  });
});
