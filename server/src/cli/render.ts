import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderPostBody, renderPostPage } from '../render';
import { postFiles, renderPostsInto } from './renderSite';
import { nodeFileSystem } from '../workspace/nodeFileSystem';

export const RENDER_USAGE = `Usage: paper-digest render [--body] FILE
       paper-digest render --out DIR FILE|FOLDER...

Renders a post the way the Jekyll blog does and prints the HTML:
the full page through the site's layouts (the nearest folder above FILE with _config.yml and _layouts/),
or a built-in theme when there is no site.
  --body      print only the post content HTML, as Jekyll puts it in the layout's {{ content }}
  --out DIR   render every post named, and every post in a _posts folder under the folders named, in one run,
              and write each page under DIR at its permalink, as Jekyll writes _site`;

export async function runRender(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  let values: { body?: boolean; out?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { body: { type: 'boolean', default: false }, out: { type: 'string' } } }));
  } catch (error) {
    err.write(`paper-digest: ${(error as Error).message}\n${RENDER_USAGE}\n`);
    return 2;
  }
  if (values.out !== undefined) return renderAll(positionals, values.out, out, err);
  if (positionals.length !== 1) {
    err.write(`${RENDER_USAGE}\n`);
    return 2;
  }
  const filePath = resolve(positionals[0]);
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    err.write(`paper-digest: cannot read ${positionals[0]}\n`);
    return 2;
  }
  const source = { text, filePath, allowSite: true, files: nodeFileSystem };
  out.write(values.body ? await renderPostBody(source) : await renderPostPage(source));
  return 0;
}

async function renderAll(paths: string[], outDir: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const missing = paths.filter((path) => !existsSync(path));
  if (!paths.length || missing.length) {
    err.write(missing.length ? `paper-digest: no such file or folder: ${missing.join(', ')}\n` : `${RENDER_USAGE}\n`);
    return 2;
  }
  const files = postFiles(paths);
  const written = await renderPostsInto(files, outDir, err);
  out.write(`${written} of ${files.length} posts rendered into ${outDir}\n`);
  return written === files.length ? 0 : 1;
}
