import { parseArgs } from 'node:util';
import { DEFAULT_FILES } from '../settings/settings';
import { MAX_FILE_BYTES } from '../workspace/regularFiles';
import { FORMATS, type Format } from './formats';

export const CHECK_USAGE = `Usage: paper-digest check [--format text|json|github|sarif] [--fix] [--config FILE] [--files GLOB]... [FILE|FOLDER]...

Checks digest posts (default: the current folder) and prints their problems:
  path:line:col severity code message
A file named is always checked (one that is not a digest post is said so on stderr); in a folder, markdown files
that are not digest posts are skipped. A paper already digested in an earlier post (of the run, or of the post's
Jekyll site) is noted (already-digested).
Settings: paperDigest.* from the site's .vscode/settings.json (the site is the nearest folder above the post with
_config.yml; outside a site, the current folder), then from --config FILE (same format), then --files.
  --format text    one line per problem (the default)
  --format json    a JSON array of files and their diagnostics
  --format github  GitHub Actions workflow commands: an annotation per problem (hints and information as notices)
  --format sarif   a SARIF 2.1.0 log, for code scanning
  --fix            apply the unambiguous quick fixes of the problems at paperDigest.fixAll.minimumSeverity or above
                   (errors and warnings by default) and write the files back
  --config FILE    a settings.json-style file of paperDigest.* settings, over the site's own
  --files GLOB     which files are digests when they hold papers, relative to the site
                   (default ${DEFAULT_FILES.join(', ')})
Each post is checked under paperDigest.limits.checkTimeoutMs (5 s by default; on Linux, not counting the time it waits
for a busy CPU), in this process for up to 100 files, else on worker threads, one per core: a post that takes longer
is reported (too-complex) and the others are checked; one with repeated markup is checked as the editor checks it.
--fix writes a file in place, and only if it still holds what was read (a file saved meanwhile is left alone); it
never rewrites a file that is not valid UTF-8, a read-only file, one whose lines end with CR alone, a link to a file
outside the folder checked (a named file's own folder), or a front matter value it could not keep as written (an
alias, an anchor, a tag, a comment).
A file is read only if it is a regular file of at most ${MAX_FILE_BYTES / 1024 / 1024} MB.
Exit code: 0 when no error is left, 1 when an error is found, 2 on a usage error or a path or --config file that
cannot be read, 3 when no error is found but a post could not be checked or its fixes not written (said on stderr).`;

export interface CheckOptions {
  format: Format;
  fix: boolean;
  configFile?: string;
  files?: string[];
  /** The files and folders named, in order; empty for the current folder. */
  paths: string[];
}

/** The options of `check`, or the message saying what is wrong with them. */
export function parseCheckOptions(argv: string[]): CheckOptions | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        fix: { type: 'boolean', default: false },
        config: { type: 'string' },
        files: { type: 'string', multiple: true },
      },
    });
  } catch (error) {
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  const format = FORMATS.find((name) => name === values.format);
  if (!format) return { error: `unknown format '${values.format}': use ${FORMATS.join(', ')}` };
  return { format, fix: values.fix, configFile: values.config, files: values.files, paths: positionals };
}
