// Messages between the preview panel (extension host) and its webview.
import type { Severity } from './diagnostics';
import type { PreviewChrome } from './render';

export interface PreviewProblem {
  line: number;
  severity: Severity;
  message: string;
}

export type ToWebview =
  | { type: 'render'; content: string; chrome?: PreviewChrome; notes: string[]; line?: number }
  | { type: 'problems'; problems: PreviewProblem[] }
  | { type: 'scrollToLine'; line: number };

export type FromWebview =
  | { type: 'ready' }
  | { type: 'revealLine'; line: number }
  | { type: 'selectLine'; line: number }
  | { type: 'openLink'; href: string };
