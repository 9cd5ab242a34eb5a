// Messages between the preview panel (extension host) and its webview.
import type { Severity } from './diagnostics';
import type { ContentBlock, JekyllVerdict, PreviewChrome, PreviewStyles } from './render';

export interface PreviewProblem {
  line: number;
  severity: Severity;
  message: string;
}

/** The prefix of every class, id and `data-` attribute the preview itself puts on the page; a post's HTML loses them. */
export const PREVIEW_MARK = 'pd-';

export type ToWebview =
  | {
      type: 'render';
      blocks: ContentBlock[];
      chrome?: PreviewChrome;
      styles?: PreviewStyles;
      /** The site's stylesheets are still being built (see RenderResult.stylesLoading). */
      stylesLoading?: boolean;
      /** The page as an earlier session last rendered it, shown until the fresh render comes (said, quietly). */
      kept?: boolean;
      notes: string[];
      jekyll?: JekyllVerdict;
      line?: number;
    }
  /** Notes alone, when there is no render to show (the request failed). */
  | { type: 'notes'; notes: string[] }
  | { type: 'problems'; problems: PreviewProblem[] }
  | { type: 'scrollToLine'; line: number }
  /** The post the page is of: the webview keeps it, for the panel to show it again after a reload of the window. */
  | { type: 'document'; uri: string };

/** What the webview keeps across a reload of the window (`setState`), as the panel's serializer gets it back. */
export interface PreviewState {
  uri?: string;
}

export type FromWebview =
  | { type: 'ready' }
  | { type: 'revealLine'; line: number }
  | { type: 'selectLine'; line: number }
  | { type: 'openLink'; href: string };
