import type { DigestModel } from '../model';
import type { DigestSchema } from '../schema';
import type { Span } from '../span';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface TextEdit {
  span: Span;
  newText: string;
}

/** A quick fix: text edits in this document and, at most, a new file name for it. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** New base name of the file (same folder). */
  renameTo?: string;
}

export interface Finding {
  span: Span;
  message: string;
  fixes?: Fix[];
}

export interface RuleContext {
  model: DigestModel;
  schema: DigestSchema;
  /** Base name of the file, when there is one (`2025-10-31-daily-papers.md`). */
  fileName?: string;
  /** The line ending the document uses. */
  eol: string;
}

export interface Rule {
  /** Stable code shown in the Problems panel and used in settings. */
  id: string;
  severity: Severity;
  /** One line for the settings documentation. */
  description: string;
  check(context: RuleContext): Finding[];
}
