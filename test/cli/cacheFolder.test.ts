import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { userCacheFolderPath } from '../../server/src/cli/cacheFolder';

describe("the CLI's cache folder", () => {
  it('lives in $XDG_CACHE_HOME when it is absolute, else in ~/.cache', () => {
    assert.equal(userCacheFolderPath({ XDG_CACHE_HOME: '/xdg' }), '/xdg/paper-digest');
    assert.match(userCacheFolderPath({ XDG_CACHE_HOME: 'relative' }), /\/\.cache\/paper-digest$/);
    assert.match(userCacheFolderPath({}), /\/\.cache\/paper-digest$/);
  });
});
