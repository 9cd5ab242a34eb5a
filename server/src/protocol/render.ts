// The `paperDigest/render` request between the preview (client) and the language server. Plain types only, so
// both sides import them without pulling in the other's libraries.

export const RENDER_METHOD = 'paperDigest/render';

export interface ResourceRoot {
  /** A workspace folder's path on disk. */
  path: string;
  /** The same folder as the preview webview loads it (`webview.asWebviewUri`). */
  webviewUri: string;
}

export interface RenderParams {
  /** The post's document URI. */
  uri: string;
  /** VS Code's workspace trust: an untrusted workspace renders with the built-in theme, never the site's files. */
  trusted: boolean;
  /** Images and stylesheets load only from these folders. */
  resourceRoots: ResourceRoot[];
  /** The chrome the preview already shows: an unchanged chrome is left out of the result. */
  chromeKey?: string;
}

export type PreviewStyle = { href: string } | { css: string };

/** The page around the post content: the site's layouts or the built-in theme, sanitized, without scripts. */
export interface PreviewChrome {
  /** The page body's HTML before and after the post content. */
  before: string;
  after: string;
  /** The `class` of the page's `<body>`, which themes style on. */
  bodyClass: string;
  styles: PreviewStyle[];
}

export interface RenderResult {
  /** The document version rendered; absent when the post was read from disk. */
  version?: number;
  title: string;
  /** The post content HTML; its blocks carry `data-line` (0-based lines of the post file). */
  content: string;
  chromeKey: string;
  /** Absent when the request's `chromeKey` is still current. */
  chrome?: PreviewChrome;
  theme: 'site' | 'builtin';
  /** What could not be rendered as Jekyll would (a missing layout, a failing include, …). */
  notes: string[];
}
