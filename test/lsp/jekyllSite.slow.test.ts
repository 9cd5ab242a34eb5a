// The language server reads each post against its Jekyll site: the Problems panel of the whole blog says what Jekyll
// would not publish (a file it does not read as a post, Liquid it cannot build), the index lists no such file as a
// digest, and a change to the site's includes is heard: the posts are checked again.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType } from 'vscode-languageserver-protocol/node';
import { REPO } from '../helpers';
import { LspClient } from './lspClient';

const BLOG = join(REPO, 'test/fixtures/blog');
const CAPABILITIES = {
  window: { workDoneProgress: true },
  workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
  textDocument: { publishDiagnostics: { relatedInformation: true } },
};
const DIGESTED = '2025-10-31-daily-papers-20251031.md';
const UNDATED = 'daily-papers-20251101.md';
const LIQUID = '2025-12-27-daily-papers-20251227.md';

describe('the language server, against the Jekyll site of the posts', () => {
  let blog: string;
  let client: LspClient;
  const uriOf = (post: string) => pathToFileURL(join(blog, '_posts', post)).href;
  const codes = (uri: string, accept: (codes: string[]) => boolean) =>
    client
      .waitForDiagnostics(uri, (params) => accept(params.diagnostics.map((d) => String(d.code))), 60_000)
      .then((params) => params.diagnostics);

  before(async () => {
    blog = mkdtempSync(join(tmpdir(), 'paper-digest-jekyll-site-'));
    cpSync(BLOG, blog, { recursive: true });
    const digested = readFileSync(join(blog, '_posts', DIGESTED), 'utf8');
    writeFileSync(join(blog, '_posts', UNDATED), digested.replaceAll('2025-10-31', '2025-11-01'));
    writeFileSync(
      join(blog, '_posts', LIQUID),
      digested
        .replaceAll('2025-10-31', '2025-12-27')
        .replace(
          /## Method *\n/,
          (heading) => `${heading}\n{% include chart.liquid %}\n\n프롬프트의 {{ user_input 자리.\n`,
        ),
    );
    client = await LspClient.start({ rootPath: blog, settings: {}, capabilities: CAPABILITIES });
  });

  after(async () => {
    await client?.stop();
    rmSync(blog, { recursive: true, force: true });
  });

  it('lists in the Problems panel a post Jekyll does not read, and Liquid it cannot build; no paper of the one as digested', async () => {
    const [undated, liquid] = await Promise.all([
      codes(uriOf(UNDATED), (found) => found.includes('post-file-name')),
      codes(uriOf(LIQUID), (found) =>
        ['liquid-syntax', 'liquid-include', 'already-digested'].every((code) => found.includes(code)),
      ),
    ]);
    assert.match(undated.find((d) => d.code === 'post-file-name')!.message as string, /is never published/);
    assert.match(
      liquid.find((d) => d.code === 'liquid-include')!.message as string,
      /Could not locate the included file 'chart\.liquid'/,
    );
    const digested = liquid.filter((d) => d.code === 'already-digested').map((d) => d.message as string);
    for (const message of digested) assert.doesNotMatch(message, /2025-11-01/);
  });

  it('checks the posts again when an include appears', async () => {
    writeFileSync(join(blog, '_includes/chart.liquid'), '<figure>chart</figure>\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(join(blog, '_includes/chart.liquid')).href, type: FileChangeType.Created }],
    });
    const found = await codes(
      uriOf(LIQUID),
      (codes) => codes.includes('liquid-syntax') && !codes.includes('liquid-include'),
    );
    assert.ok(found.length > 0);
  });

  it('checks an open post naming a post the site lacks again when that post appears', async () => {
    const linking = uriOf('2025-12-28-daily-papers-20251228.md');
    const text = readFileSync(join(blog, '_posts', DIGESTED), 'utf8')
      .replaceAll('2025-10-31', '2025-12-28')
      .replace(
        /## Method *\n/,
        (heading) => `${heading}\n[어제 글]({% post_url 2025-12-29-daily-papers-20251229 %})\n`,
      );
    const missing = codes(linking, (found) => found.includes('liquid-include'));
    await client.open(linking, text);
    assert.match((await missing).find((d) => d.code === 'liquid-include')!.message as string, /Could not find post/);
    const appeared = join(blog, '_posts', '2025-12-29-daily-papers-20251229.md');
    writeFileSync(appeared, text.replaceAll('2025-12-28', '2025-12-29'));
    const found = codes(linking, (codes) => !codes.includes('liquid-include'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(appeared).href, type: FileChangeType.Created }],
    });
    await found;
  });
});
