import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { URI } from 'vscode-uri';
import { isDigest } from '../core/digestFiles';
import { fixAll } from '../core/edits';
import type { DigestModel } from '../core/model';
import { DEFAULT_MAX_LENGTH, parseDigest } from '../core/parseDigest';
import { summarizeModel } from '../core/postSummary';
import { DEFAULT_SCHEMA } from '../core/schema';
import { LineIndex } from '../core/span';
import { validateModel, type DigestDiagnostic } from '../core/validate';
import { DEFAULT_FILES } from '../settings/settings';
import { findSiteRoot } from '../render/site/site';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { relativePosixPath } from '../workspace/postFiles';
import { summarizeFileSync } from '../workspace/summarizeFileSync';
import { WorkspaceIndex } from '../workspace/workspaceIndex';
import { markdownFiles } from './files';

export const CHECK_USAGE = `Usage: paper-digest check [--format text|json] [--fix] [--files GLOB]... [FILE|FOLDER]...

Checks digest posts (default: the current folder) and prints one line per problem:
  path:line:col severity code message
Markdown files that are not digest posts are skipped; a paper already digested in an earlier post
(of the run, or of the post's Jekyll site) is noted (already-digested). Exit code 1 when any error is found.
  --format json   print a JSON array of files and their diagnostics instead
  --fix           apply every unambiguous quick fix and write the files back
  --files GLOB    which files are digests when they hold papers (default ${DEFAULT_FILES.join(', ')})`;

interface FileReport {
  file: string;
  diagnostics: ReturnType<typeof describe>[];
}

export async function runCheck(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, fix: { type: 'boolean', default: false }, files: { type: 'string', multiple: true } },
  });
  const missing = positionals.filter((path) => !existsSync(path));
  if (missing.length) {
    err.write(`paper-digest: no such file or folder: ${missing.join(', ')}\n`);
    return 2;
  }
  const globs = values.files ?? DEFAULT_FILES;
  const posts = markdownFiles(positionals.length ? positionals : ['.']).flatMap((file) => readPost(file, globs, values.fix));
  const index = new WorkspaceIndex();
  for (const post of posts) index.set(post.uri, summarizeModel(post.model, basename(post.file)));
  await indexSiteNeighbours(posts, globs, index);
  const reports = posts.map((post) => report(post, index));
  if (values.format === 'json') out.write(`${JSON.stringify(reports, null, 2)}\n`);
  else for (const report of reports) for (const d of report.diagnostics) out.write(`${report.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`);
  return reports.some((report) => report.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** A digest post read (and fixed, with `--fix`) for checking. */
interface Post {
  file: string;
  uri: string;
  text: string;
  model: DigestModel;
}

function readPost(file: string, globs: string[], fix: boolean): Post[] {
  const original = readFileSync(file, 'utf8');
  const model = parseDigest(original);
  if (!isDigest(model, relative(process.cwd(), file), { schema: DEFAULT_SCHEMA, globs })) return [];
  const text = fix ? fixAll(original, { fileName: basename(file) }) : original;
  if (text !== original) writeFileSync(file, text);
  return [{ file, uri: URI.file(resolve(file)).toString(), text, model: text === original ? model : parseDigest(text) }];
}

/**
 * The other posts of the Jekyll sites the checked posts belong to (the nearest folder above with `_config.yml` and
 * `_layouts/`), as the workspace index reads them, so that `already-digested` sees what the editor sees.
 */
async function indexSiteNeighbours(posts: Post[], globs: string[], index: WorkspaceIndex): Promise<void> {
  const checked = new Set(posts.map((post) => post.uri));
  const roots = new Set((await Promise.all(posts.map((post) => findSiteRoot(nodeFileSystem, resolve(post.file))))).filter((root) => root !== undefined));
  for (const root of roots) {
    for (const file of markdownFiles([root])) {
      const uri = URI.file(file).toString();
      if (checked.has(uri)) continue;
      const settings = { files: globs, schema: DEFAULT_SCHEMA, maxLength: DEFAULT_MAX_LENGTH };
      const summary = summarizeFileSync({ path: file, relativePath: relativePosixPath(root, file), settings });
      if (summary) index.set(uri, summary);
    }
  }
}

/** The post's diagnostics; `already-digested` compares it with the other posts of the run and of its site. */
function report({ file, uri, text, model }: Post, index: WorkspaceIndex): FileReport {
  const { diagnostics } = validateModel(model, { fileName: basename(file), digestedElsewhere: index.lookupFor(uri) });
  const lines = new LineIndex(text);
  return { file: relative(process.cwd(), file) || file, diagnostics: diagnostics.map((diagnostic) => describe(diagnostic, lines)) };
}

function describe(diagnostic: DigestDiagnostic, lines: LineIndex) {
  const start = lines.positionAt(diagnostic.span.start);
  const end = lines.positionAt(diagnostic.span.end);
  return {
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: diagnostic.severity,
    code: diagnostic.ruleId,
    message: diagnostic.message,
    fixes: (diagnostic.fixes ?? []).map((fix) => fix.title),
    related: (diagnostic.related ?? []).map((place) => ({
      file: relative(process.cwd(), URI.parse(place.file).fsPath),
      line: place.range.start.line + 1,
      column: place.range.start.character + 1,
      message: place.message,
    })),
  };
}
