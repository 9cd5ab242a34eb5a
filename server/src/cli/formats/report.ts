import type { Severity } from '../../protocol/diagnostics';

/** A place in another file that a diagnostic points at, 1-based. */
export interface ReportedPlace {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A diagnostic as the CLI reports it: 1-based lines and columns (UTF-16 code units, as in the editor). */
export interface ReportedDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  code: string;
  message: string;
  /** The titles of the quick fixes the editor offers for it. */
  fixes: string[];
  related: ReportedPlace[];
}

/** One checked post; `file` is relative to the current folder. */
export interface FileReport {
  file: string;
  diagnostics: ReportedDiagnostic[];
}
