// The settings are asked of the client once per workspace folder, and once for every file outside the folders, until
// they change: a thousand posts of one folder cost one `workspace/configuration` request.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Connection, ConfigurationItem } from 'vscode-languageserver';
import { SettingsCache } from '../../server/src/lsp/settingsCache';

const BLOG = 'file:///home/user/blog';
const NOTES = 'file:///home/user/blog/notes';
const OTHER = 'file:///home/user/other';

/** A cache over a client that answers each request with the settings of its scope, and the scopes it was asked for. */
function cacheOver(folders: string[], settingsOf: (scope?: string) => unknown = () => ({})) {
  const asked: (string | undefined)[] = [];
  const connection = {
    workspace: {
      getConfiguration: async ({ scopeUri }: ConfigurationItem) => {
        asked.push(scopeUri);
        return settingsOf(scopeUri);
      },
    },
  } as unknown as Connection;
  const cache = new SettingsCache(connection, () => folders);
  cache.supportsConfiguration = true;
  return { cache, asked };
}

describe('SettingsCache', () => {
  it('asks once per workspace folder (the innermost holding the file), and once for the files outside them', async () => {
    const { cache, asked } = cacheOver([BLOG, NOTES, OTHER]);
    const posts = Array.from({ length: 200 }, (_, i) => `${BLOG}/_posts/2025-01-01-post-${i}.md`);
    const uris = [...posts, `${NOTES}/a.md`, `${NOTES}/deep/b.md`, `${OTHER}/c.md`, 'file:///tmp/d.md', 'untitled:e'];
    await Promise.all(uris.map((uri) => cache.get(uri)));
    await cache.get(BLOG);
    assert.deepEqual(asked, [BLOG, NOTES, OTHER, undefined]);
  });

  it("gives each file its folder's settings, the same object for every file of a folder", async () => {
    const { cache } = cacheOver([BLOG, OTHER], (scope) => ({ maxFileSize: scope === OTHER ? 1000 : 2000 }));
    const [a, b, c] = await Promise.all([`${BLOG}/a.md`, `${BLOG}/_posts/b.md`, `${OTHER}/c.md`].map(cache.get, cache));
    assert.equal(a, b);
    assert.notEqual(a, c);
    assert.notEqual(a.maxLength, c.maxLength);
  });

  it('asks again, once per folder, after the settings change', async () => {
    const { cache, asked } = cacheOver([BLOG]);
    await Promise.all([cache.get(`${BLOG}/a.md`), cache.get(`${BLOG}/b.md`)]);
    cache.forget();
    await Promise.all([cache.get(`${BLOG}/a.md`), cache.get(`${BLOG}/b.md`)]);
    assert.deepEqual(asked, [BLOG, BLOG]);
  });

  it('asks nothing of a client that cannot be asked', async () => {
    const { cache, asked } = cacheOver([BLOG]);
    cache.supportsConfiguration = false;
    assert.equal(await cache.get(`${BLOG}/a.md`), await cache.get(`${OTHER}/b.md`));
    assert.deepEqual(asked, []);
  });
});
