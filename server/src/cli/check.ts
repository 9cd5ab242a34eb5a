import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { isDigest } from '../core/digestFiles';
import { fixAll } from '../core/edits';
import { parseDigest } from '../core/parseDigest';
import { DEFAULT_SCHEMA } from '../core/schema';
import { LineIndex } from '../core/span';
import { validateModel, type DigestDiagnostic } from '../core/validate';
import { DEFAULT_FILES } from '../lsp/settings';
import { markdownFiles } from './files';

export const CHECK_USAGE = `Usage: paper-digest check [--format text|json] [--fix] [--files GLOB]... [FILE|FOLDER]...

Checks digest posts (default: the current folder) and prints one line per problem:
  path:line:col severity code message
Markdown files that are not digest posts are skipped. Exit code 1 when any error is found.
  --format json   print a JSON array of files and their diagnostics instead
  --fix           apply every unambiguous quick fix and write the files back
  --files GLOB    which files are digests when they hold papers (default ${DEFAULT_FILES.join(', ')})`;

interface FileReport {
  file: string;
  diagnostics: ReturnType<typeof describe>[];
}

export function runCheck(argv: string[], out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
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
  const reports = markdownFiles(positionals.length ? positionals : ['.']).flatMap((file) => checkFile(file, globs, values.fix));
  if (values.format === 'json') out.write(`${JSON.stringify(reports, null, 2)}\n`);
  else for (const report of reports) for (const d of report.diagnostics) out.write(`${report.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`);
  return reports.some((report) => report.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function checkFile(file: string, globs: string[], fix: boolean): FileReport[] {
  const original = readFileSync(file, 'utf8');
  const relativePath = relative(process.cwd(), file);
  const model = parseDigest(original);
  if (!isDigest(model, relativePath, { schema: DEFAULT_SCHEMA, globs })) return [];
  const options = { fileName: basename(file) };
  const text = fix ? fixAll(original, options) : original;
  if (text !== original) writeFileSync(file, text);
  const { diagnostics } = validateModel(text === original ? model : parseDigest(text), options);
  const lines = new LineIndex(text);
  return [{ file: relativePath || file, diagnostics: diagnostics.map((diagnostic) => describe(diagnostic, lines)) }];
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
  };
}
