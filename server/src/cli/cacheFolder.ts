// The CLI's cache folder (`$XDG_CACHE_HOME/paper-digest`, else `~/.cache/paper-digest`), a private folder
// (workspace/privateFolder.ts): the CLI runs in pre-commit hooks, CI jobs with restored caches and on shared machines,
// where what it keeps between runs must not be something another user put there.
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { PrivateFolder } from '../workspace/privateFolder';

const FOLDER_NAME = 'paper-digest';

let userFolder: { folder?: PrivateFolder } | undefined;

/** The user's cache folder for this process (looked for once): `$XDG_CACHE_HOME/paper-digest`, else `~/.cache/…`. */
export function userCacheFolder(): PrivateFolder | undefined {
  userFolder ??= { folder: PrivateFolder.open(userCacheFolderPath(process.env)) };
  return userFolder.folder;
}

/** A relative `XDG_CACHE_HOME` is ignored, as the XDG Base Directory specification asks. */
export function userCacheFolderPath(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : join(homedir(), '.cache');
  return join(base, FOLDER_NAME);
}
