import type { Severity } from '../../protocol/diagnostics';
import type { FileReport } from './report';
import { visibleButLineEnds } from './visible';

/** A message of the run (no file's problem) as a workflow command, which the run shows as an annotation. */
export function githubMessage(level: 'warning' | 'error', message: string): string {
  return `::${level} title=paper-digest::${escapeData(message)}\n`;
}

/** GitHub shows errors and warnings as such; information and hints become notices. */
const COMMANDS: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  information: 'notice',
  hint: 'notice',
};

/**
 * One GitHub Actions workflow command per problem (`::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=rule::message`),
 * which the workflow run shows as an annotation on the line.
 */
export function formatGithub(reports: FileReport[]): string {
  return reports
    .flatMap(({ file, diagnostics }) =>
      diagnostics.map((d) => {
        const properties = [
          `file=${escapeProperty(file)}`,
          `line=${d.line}`,
          `col=${d.column}`,
          `endLine=${d.endLine}`,
          `endColumn=${d.endColumn}`,
          `title=${escapeProperty(d.code)}`,
        ];
        return `::${COMMANDS[d.severity]} ${properties.join(',')}::${escapeData(d.message)}\n`;
      }),
    )
    .join('');
}

/**
 * The message of a workflow command: `%`, CR and LF would end or garble it, and the other control characters are
 * shown visibly (the run's log shows escape sequences).
 */
export function escapeData(text: string): string {
  return visibleButLineEnds(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value: also `:` and `,`, which separate the command's parts. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
