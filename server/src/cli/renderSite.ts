// `paper-digest render --out DIR`: many posts rendered in one process, each page written where Jekyll would write it
// (its permalink under DIR). The site is read once and kept for every post of it, as in the editor.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { renderPublishedPage } from '../render';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { markdownFiles } from './files';

/** Post files: the files named, and under the folders named the markdown files in `_posts` folders. */
export function postFiles(paths: string[]): string[] {
  return paths.flatMap((path) => (statSync(path).isDirectory() ? markdownFiles(path).filter((file) => file.split(sep).includes('_posts')) : [path]));
}

/** Renders each post into `outDir`; returns how many pages were written, after writing a line to `err` for each post it could not. */
export async function renderPostsInto(files: string[], outDir: string, err: NodeJS.WritableStream): Promise<number> {
  const root = resolve(outDir);
  let written = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      err.write(`paper-digest: cannot read ${file}\n`);
      continue;
    }
    const { url, html } = await renderPublishedPage({ text, filePath: resolve(file), allowSite: true, files: nodeFileSystem });
    const target = resolve(root, `.${url.endsWith('/') ? `${url}index.html` : url}`);
    if (!target.startsWith(root + sep)) {
      err.write(`paper-digest: ${file}: its permalink ${url} leads out of ${outDir}; not written\n`);
      continue;
    }
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, html);
    written++;
  }
  return written;
}
