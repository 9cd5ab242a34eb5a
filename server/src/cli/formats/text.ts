import type { FileReport } from './report';
import { visible } from './visible';

/** `path:line:col severity code message`, one line per problem; what comes from the repository is shown visibly. */
export function formatText(reports: FileReport[]): string {
  return reports
    .flatMap(({ file, diagnostics }) =>
      diagnostics.map(
        (d) => `${reportedPath(file)}:${d.line}:${d.column} ${d.severity} ${visible(d.code)} ${visible(d.message)}\n`,
      ),
    )
    .join('');
}

/** A line starting `::` is a workflow command to the GitHub Actions runner: such a path is written `./::…`. */
function reportedPath(file: string): string {
  const shown = visible(file);
  return /^\s*::/.test(shown) ? `./${shown}` : shown;
}
