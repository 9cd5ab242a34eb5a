import { formatGithub, githubMessage } from './github';
import { formatJson } from './json';
import type { FileReport } from './report';
import { formatSarif } from './sarif';
import { formatText } from './text';
import { visible } from './visible';

export const FORMATS = ['text', 'json', 'github', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export type { FileReport, ReportedDiagnostic, ReportedPlace } from './report';

/** The whole output of `check` in a format; `cwd` is what the reported paths are relative to. */
export function formatReports(format: Format, reports: FileReport[], cwd: string): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'github':
      return formatGithub(reports);
    case 'sarif':
      return formatSarif(reports, { cwd });
    case 'text':
      return formatText(reports);
  }
}

/**
 * A message of the run for stderr, what comes from the repository in it shown visibly: in the `github` format a
 * workflow command (an annotation of the run), else `paper-digest: message`.
 */
export function messageLine(
  format: Format | undefined,
  message: string,
  level: 'warning' | 'error' = 'warning',
): string {
  return format === 'github' ? githubMessage(level, message) : `paper-digest: ${visible(message)}\n`;
}
