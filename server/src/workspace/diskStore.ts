// The extension's storage folder on the disk, for what a session keeps for the next (the preview's compiled styles).
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TextStore } from '../core/fileSystem';
import { readRegularFile } from './regularFiles';

/** Text kept in `folder`, read back from regular files of at most `maxBytes`. */
export function diskStore(folder: string, maxBytes: number): TextStore {
  const pathOf = (name: string) => join(folder, encodeURIComponent(name));
  return {
    read: async (name) => (await readRegularFile(pathOf(name), maxBytes))?.toString('utf8'),
    async write(name, text) {
      const partial = `${pathOf(name)}.${process.pid}.${crypto.randomUUID()}.tmp`;
      await mkdir(folder, { recursive: true });
      try {
        await writeFile(partial, text);
        await rename(partial, pathOf(name));
      } finally {
        await rm(partial, { force: true });
      }
    },
  };
}
