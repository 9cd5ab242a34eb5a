// `paper-digest render --out DIR`: many posts rendered in one process, each page written where Jekyll would write it
// (its permalink under DIR). The site is read once and kept for every post of it, as in the editor.
import { statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import * as l10n from '@vscode/l10n';
import { DEFAULT_LIMITS } from '../settings/limits';
import { renderWorker, type RenderWorker } from './checkPool';
import { readBoundedFileSync, UnreadableFile } from '../workspace/regularFiles';
import { markdownFiles, whyUnreadable } from './files';
import { messageLine } from './formats';
import type { OutputFolder } from './outputFolder';

/** Post files: the files named, and under the folders named the markdown files in `_posts` folders. */
export function postFiles(paths: string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory() ? markdownFiles(path).filter((file) => file.split(sep).includes('_posts')) : [path],
  );
}

/** A post's text; undefined, once `err` has been told why, when it cannot be read. */
export function readPostText(file: string, err: NodeJS.WritableStream): string | undefined {
  try {
    return readBoundedFileSync(file).toString('utf8');
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    err.write(messageLine(undefined, l10n.t('cannot read {0}: {1}', file, whyUnreadable(error)), 'error'));
    return undefined;
  }
}

/** Renders each post into `out`; returns how many pages were written, after writing a line to `err` for each post it could not. */
export async function renderPostsInto(files: string[], out: OutputFolder, err: NodeJS.WritableStream): Promise<number> {
  let written = 0;
  const worker = renderWorker(DEFAULT_LIMITS.workerMemoryMb);
  try {
    for (const file of files) if (await renderPostInto(file, out, worker, err)) written++;
  } finally {
    await worker.close();
  }
  return written;
}

/** Renders one post into the folder on the render worker (its site's caches kept between posts); false when it could not. */
async function renderPostInto(
  file: string,
  out: OutputFolder,
  worker: RenderWorker,
  err: NodeJS.WritableStream,
): Promise<boolean> {
  const text = readPostText(file, err);
  if (text === undefined) return false;
  const outcome = await worker.run(
    'renderPublished',
    { source: { text, filePath: resolve(file), allowSite: true } },
    { deadlineMs: DEFAULT_LIMITS.renderTimeoutMs },
  );
  if (outcome.status !== 'done') {
    err.write(
      messageLine(
        undefined,
        outcome.status === 'timedOut' || outcome.status === 'outOfMemory'
          ? l10n.t('rendering {0} was stopped (over paperDigest.limits.renderTimeoutMs or workerMemoryMb).', file)
          : `${file}: ${'message' in outcome ? outcome.message : outcome.status}`,
      ),
    );
    return false;
  }
  const refused = out.write(file, outcome.value.url, outcome.value.html);
  if (refused !== undefined) err.write(messageLine(undefined, refused, 'error'));
  return refused === undefined;
}
