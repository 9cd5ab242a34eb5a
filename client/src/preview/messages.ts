// Messages between the preview panel (extension host) and its webview.
import type { PreviewChrome } from '../../../server/src/render/protocol';

export interface PreviewProblem {
  line: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
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
