import { formatGithub } from './github';
import { formatJson } from './json';
import type { FileReport } from './report';
import { formatSarif } from './sarif';
import { formatText } from './text';

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
