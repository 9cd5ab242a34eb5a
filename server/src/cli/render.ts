import * as l10n from '@vscode/l10n';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS } from '../settings/limits';
import { renderWorker } from './checkPool';
import { messageLine } from './formats';
import { visible } from './formats/visible';
import { OutputFolder } from './outputFolder';
import { postFiles, readPostText, renderPostsInto } from './renderSite';

export const RENDER_USAGE = `Usage: paper-digest render [--body] FILE
       paper-digest render --out DIR FILE|FOLDER...

Renders a post the way the Jekyll blog does and prints the HTML:
the full page through the site's layouts (the nearest folder above FILE with _config.yml and _layouts/),
or a built-in theme when there is no site.
  --body      print only the post content HTML, as Jekyll puts it in the layout's {{ content }}
  --out DIR   render every post named, and every post in a _posts folder under the folders named, in one run,
              and write each page under DIR at its permalink, as Jekyll writes _site (never through a link
              found in DIR; two posts with one permalink are an error, and only the first is written)
Each render runs on a worker thread; one that takes longer than ${DEFAULT_LIMITS.renderTimeoutMs / 1000} s or more than
${DEFAULT_LIMITS.workerMemoryMb} MB of memory is stopped and said so (exit code 3 for a single post).`;

export async function runRender(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  let values: { body?: boolean; out?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { body: { type: 'boolean', default: false }, out: { type: 'string' } },
    }));
  } catch (error) {
    err.write(`${messageLine(undefined, (error as Error).message, 'error')}${RENDER_USAGE}\n`);
    return 2;
  }
  if (values.out !== undefined) return renderAll(positionals, values.out, out, err);
  if (positionals.length !== 1) {
    err.write(`${RENDER_USAGE}\n`);
    return 2;
  }
  const filePath = resolve(positionals[0]);
  const text = readPostText(positionals[0], err);
  if (text === undefined) return 2;
  const worker = renderWorker(DEFAULT_LIMITS.workerMemoryMb);
  try {
    const outcome = await worker.run(
      'renderPage',
      { source: { text, filePath, allowSite: true }, body: !!values.body },
      { deadlineMs: DEFAULT_LIMITS.renderTimeoutMs },
    );
    if (outcome.status === 'done') {
      out.write(outcome.value);
      return 0;
    }
    if (outcome.status === 'timedOut')
      err.write(
        messageLine(
          undefined,
          l10n.t(
            'rendering {0} took longer than {1} seconds and was stopped.',
            positionals[0],
            DEFAULT_LIMITS.renderTimeoutMs / 1000,
          ),
        ),
      );
    else if (outcome.status === 'outOfMemory')
      err.write(
        messageLine(
          undefined,
          l10n.t(
            'rendering {0} needed more than {1} MB of memory and was stopped.',
            positionals[0],
            DEFAULT_LIMITS.workerMemoryMb,
          ),
        ),
      );
    else throw new Error(outcome.status === 'cancelled' ? 'the render was cancelled' : outcome.message);
    return 3;
  } finally {
    await worker.close();
  }
}

async function renderAll(
  paths: string[],
  outDir: string,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const missing = paths.filter((path) => !existsSync(path));
  if (!paths.length || missing.length) {
    err.write(
      missing.length
        ? messageLine(undefined, l10n.t('no such file or folder: {0}', missing.join(', ')), 'error')
        : `${RENDER_USAGE}\n`,
    );
    return 2;
  }
  let folder: OutputFolder;
  try {
    folder = new OutputFolder(outDir);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    err.write(messageLine(undefined, l10n.t('cannot make the output folder {0}: {1}', outDir, reason), 'error'));
    return 2;
  }
  const files = postFiles(paths);
  const written = await renderPostsInto(files, folder, err);
  out.write(`${visible(`${written} of ${files.length} posts rendered into ${outDir}`)}\n`);
  return written === files.length ? 0 : 1;
}
