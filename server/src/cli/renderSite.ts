// `paper-digest render --out DIR`: many posts rendered in one process, each page written where Jekyll would write it
// (its permalink under DIR). The site is read once and kept for every post of it, as in the editor.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import * as l10n from '@vscode/l10n';
import { DEFAULT_LIMITS } from '../settings/limits';
import { renderWorker, type RenderWorker } from './checkPool';
import { markdownFiles } from './files';

/** Post files: the files named, and under the folders named the markdown files in `_posts` folders. */
export function postFiles(paths: string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory() ? markdownFiles(path).filter((file) => file.split(sep).includes('_posts')) : [path],
  );
}

/** Renders each post into `outDir`; returns how many pages were written, after writing a line to `err` for each post it could not. */
export async function renderPostsInto(files: string[], outDir: string, err: NodeJS.WritableStream): Promise<number> {
  const root = resolve(outDir);
  let written = 0;
  const worker = renderWorker(DEFAULT_LIMITS.workerMemoryMb);
  try {
    for (const file of files) if (await renderPostInto(file, root, outDir, worker, err)) written++;
  } finally {
    await worker.close();
  }
  return written;
}

/** Renders one post into the folder on the render worker (its site's caches kept between posts); false when it could not. */
async function renderPostInto(
  file: string,
  root: string,
  outDir: string,
  worker: RenderWorker,
  err: NodeJS.WritableStream,
): Promise<boolean> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    err.write(`paper-digest: cannot read ${file}\n`);
    return false;
  }
  const outcome = await worker.run(
    'renderPublished',
    { source: { text, filePath: resolve(file), allowSite: true } },
    { deadlineMs: DEFAULT_LIMITS.renderTimeoutMs },
  );
  if (outcome.status !== 'done') {
    err.write(
      `paper-digest: ${outcome.status === 'timedOut' || outcome.status === 'outOfMemory' ? l10n.t('rendering {0} was stopped (over paperDigest.limits.renderTimeoutMs or workerMemoryMb).', file) : `${file}: ${'message' in outcome ? outcome.message : outcome.status}`}\n`,
    );
    return false;
  }
  const { url, html } = outcome.value;
  const target = resolve(root, `.${url.endsWith('/') ? `${url}index.html` : url}`);
  if (!target.startsWith(root + sep)) {
    err.write(`paper-digest: ${file}: its permalink ${url} leads out of ${outDir}; not written\n`);
    return false;
  }
  mkdirSync(join(target, '..'), { recursive: true });
  writeFileSync(target, html);
  return true;
}
