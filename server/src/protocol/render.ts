// The `paperDigest/render` request between the preview (client) and the language server. Plain types only, so
// both sides import them without pulling in the other's libraries.

export const RENDER_METHOD = 'paperDigest/render';

/**
 * The server to the client: the site or the stylesheets that renders answered as loading (`stylesLoading`) are read or
 * built, or failed to be; a preview that shows such an answer asks again.
 */
export const SITE_STYLES_READY_METHOD = 'paperDigest/siteStylesReady';

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
  /** Whether the page may load the stylesheets and fonts its layouts link from the internet (never when untrusted). */
  remoteContent: boolean;
  /** Images and stylesheets load only from these folders. */
  resourceRoots: ResourceRoot[];
  /** What the preview shows already: an unchanged chrome or stylesheets, and blocks it holds, are left out of the result. */
  shown?: ShownPreview;
  /**
   * The editor's top line, sent while the preview shows no post content: the answer may hold only the blocks down to
   * a screenful below it (`complete` false), and the next render brings the rest.
   */
  viewLine?: number;
}

export interface ShownPreview {
  chromeKey?: string;
  stylesKey?: string;
  blockKeys: string[];
}

/** A stylesheet of the page: a file or URL to link (remote ones with the `integrity` the layout gives), or CSS text. */
export type PreviewStyle = { href: string; integrity?: string; crossOrigin?: string } | { css: string };

/** How the site switches to its dark mode: an attribute on `<html>` (al-folio's `data-theme="dark"`). */
export interface DarkMode {
  attribute: string;
  dark: string;
  light: string;
}

/** The page around the post content: the site's layouts or the built-in theme, sanitized, without scripts. */
export interface PreviewChrome {
  /** The page body's HTML before and after the post content. */
  before: string;
  after: string;
  /** The `class` of the page's `<body>`, which themes style on. */
  bodyClass: string;
}

/** The stylesheets of the page. Sent apart from the chrome: every post of a site has its own chrome, but the same styles. */
export interface PreviewStyles {
  styles: PreviewStyle[];
  /** Set when the site's styles have a dark mode the preview can switch on with VS Code's dark themes. */
  darkMode?: DarkMode;
}

/**
 * A run of the post content: the part before the first paper, or one paper entry. A post whose parts cannot be
 * rendered apart (Liquid in it, footnotes, link definitions, block HTML) is one block.
 */
export interface ContentBlock {
  /** Names the block's HTML: the same key, the same HTML. */
  key: string;
  /** 0-based line of the post file where the block starts; `data-line` in its HTML counts from there. */
  line: number;
  /** Absent when the preview holds this key already. */
  html?: string;
}

export interface RenderResult {
  /** The document version rendered; absent when the post was read from disk. */
  version?: number;
  title: string;
  /** The post content in document order; its blocks' elements carry `data-line`, relative to the block's `line`. */
  blocks: ContentBlock[];
  /** False when the blocks stop early (see `viewLine`): render again for the rest. */
  complete: boolean;
  chromeKey: string;
  /** Absent when the request's `chromeKey` is still current. */
  chrome?: PreviewChrome;
  stylesKey: string;
  /** Absent when the request's `stylesKey` is still current. */
  styles?: PreviewStyles;
  /**
   * The site's look is on its way (the site's own work, apart from the post's render): its stylesheets are being built
   * (the styles are those it had before, or none yet), or the site itself is being read (the built-in theme is shown
   * meanwhile). A SITE_STYLES_READY_METHOD notification follows once they are.
   */
  stylesLoading?: boolean;
  theme: 'site' | 'builtin';
  /** What could not be rendered as Jekyll would (a missing layout, a failing include, …). */
  notes: string[];
  /** Set when Jekyll would not publish the post as shown: its build stops on it, or it leaves the post out. */
  jekyll?: JekyllVerdict;
}

/** What `jekyll build` does with a post the preview shows as if it were published, for the top of the page. */
export interface JekyllVerdict {
  /** `fails`: the site's build stops on the post; `skips`: the site is built without it. */
  kind: 'fails' | 'skips';
  /** That, in a few words. */
  title: string;
  /** What the check says of it, Jekyll's own words included. */
  message: string;
  /** 0-based line of the post the message is about. */
  line: number;
  /** The link to that line, as the reader's language says it. */
  lineLabel: string;
}

/** What the preview holds once it shows `result`: the next request's `shown`. */
export function shownAfter(result: Pick<RenderResult, 'chromeKey' | 'stylesKey' | 'blocks'>): ShownPreview {
  return {
    chromeKey: result.chromeKey,
    stylesKey: result.stylesKey,
    blockKeys: result.blocks.map((block) => block.key),
  };
}
