import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as l10n from '@vscode/l10n';
import { userCacheFolder } from './cacheFolder';
import { CheckRunner } from './checkPool';
import { ConfigError, SiteSettings } from './config';
import { indexPosts } from './digestIndex';
import { checkTargets } from './files';
import { formatReports, messageLine } from './formats';
import { CHECK_USAGE, parseCheckOptions } from './options';
import { checkTarget, reportPost } from './posts';

/**
 * Exit codes: 0 no error left, 1 an error found, 2 a usage error or a path or settings file that cannot be read, 3 no
 * error found but a post could not be checked or its fixes not written (too complex, not UTF-8, unreadable, read-only,
 * changed while it was checked, lines ended by CR alone).
 */
const EXIT = { clean: 0, errors: 1, usage: 2, incomplete: 3 } as const;

export async function runCheck(
  argv: string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  const options = parseCheckOptions(argv);
  if ('error' in options) {
    err.write(`${messageLine(undefined, options.error, 'error')}${CHECK_USAGE}\n`);
    return EXIT.usage;
  }
  const fail = (message: string) => err.write(messageLine(options.format, message, 'error'));
  const missing = options.paths.filter((path) => !existsSync(path));
  if (missing.length) {
    fail(l10n.t('no such file or folder: {0}', missing.join(', ')));
    return EXIT.usage;
  }
  const cwd = process.cwd();
  const warn = (message: string) => err.write(messageLine(options.format, message));
  let sites: SiteSettings;
  try {
    sites = new SiteSettings({ configFile: options.configFile, files: options.files, cwd, warn });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    fail(error.message);
    return EXIT.usage;
  }
  const targets = checkTargets(options.paths.length ? options.paths : ['.']);
  // One pool serves every site: the first post's gives the workers' heap cap.
  const memoryMb = (await sites.siteOf(resolve(targets[0]?.path ?? join(cwd, '_')))).settings.limits.workerMemoryMb;
  const runner = new CheckRunner({ memoryMb, files: targets.length });
  try {
    const checked = await Promise.all(targets.map((target) => checkTarget(target, sites, options.fix, runner, warn)));
    const posts = checked.flatMap(({ post }) => post ?? []);
    const index = await indexPosts(posts, runner, userCacheFolder);
    const reports = posts.map((post) => reportPost(post, index, cwd));
    out.write(formatReports(options.format, reports, cwd));
    if (reports.some((report) => report.diagnostics.some((d) => d.severity === 'error'))) return EXIT.errors;
    return checked.some(({ problems }) => problems > 0) ? EXIT.incomplete : EXIT.clean;
  } finally {
    await runner.close();
  }
}
