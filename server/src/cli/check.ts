import { existsSync } from 'node:fs';
import * as l10n from '@vscode/l10n';
import { ConfigError, SiteSettings } from './config';
import { indexPosts } from './digestIndex';
import { checkTargets } from './files';
import { formatReports } from './formats';
import { CHECK_USAGE, parseCheckOptions } from './options';
import { readPost, reportPost } from './posts';

/** Exit codes: 0 no error left, 1 an error found, 2 a usage error or a path or settings file that cannot be read. */
const EXIT = { clean: 0, errors: 1, usage: 2 } as const;

export function runCheck(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const options = parseCheckOptions(argv);
  if ('error' in options) {
    err.write(`paper-digest: ${options.error}\n${CHECK_USAGE}\n`);
    return EXIT.usage;
  }
  const missing = options.paths.filter((path) => !existsSync(path));
  if (missing.length) {
    err.write(`paper-digest: ${l10n.t('no such file or folder: {0}', missing.join(', '))}\n`);
    return EXIT.usage;
  }
  const cwd = process.cwd();
  const warn = (message: string) => err.write(`paper-digest: ${message}\n`);
  let sites: SiteSettings;
  try {
    sites = new SiteSettings({ configFile: options.configFile, files: options.files, cwd, warn });
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    warn(error.message);
    return EXIT.usage;
  }
  const targets = checkTargets(options.paths.length ? options.paths : ['.']);
  const posts = targets.flatMap((target) => readPost(target, sites, options.fix, warn) ?? []);
  const index = indexPosts(posts);
  const reports = posts.map((post) => reportPost(post, index.lookupFor(post.uri), cwd));
  out.write(formatReports(options.format, reports, cwd));
  return reports.some((report) => report.diagnostics.some((d) => d.severity === 'error')) ? EXIT.errors : EXIT.clean;
}
