import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { renderPostBody, renderPostPage } from '../render';
import { nodeFileSystem } from '../workspace/nodeFileSystem';

export const RENDER_USAGE = `Usage: paper-digest render [--body] FILE

Renders a post the way the Jekyll blog does and prints the HTML:
the full page through the site's layouts (the nearest folder above FILE with _config.yml and _layouts/),
or a built-in theme when there is no site.
  --body   print only the post content HTML, as Jekyll puts it in the layout's {{ content }}`;

export async function runRender(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  let values: { body?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { body: { type: 'boolean', default: false } } }));
  } catch (error) {
    err.write(`paper-digest: ${(error as Error).message}\n${RENDER_USAGE}\n`);
    return 2;
  }
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
