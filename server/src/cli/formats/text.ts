import type { FileReport } from './report';

/** `path:line:col severity code message`, one line per problem. */
export function formatText(reports: FileReport[]): string {
  return reports
    .flatMap(({ file, diagnostics }) =>
      diagnostics.map((d) => `${file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}\n`),
    )
    .join('');
}
