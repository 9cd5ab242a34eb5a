// The preview's pages as last rendered, kept in the workspace's storage for the next session: a preview that opens on
// a post whose text (and all else the page depends on that the client knows) is as it was when its page was kept shows
// that page at once, while its fresh render is on its way. A page is kept only whole (what a render left out, as the
// webview held it, filled in from the renders before) and exactly as rendered; its styles apart, once for every page
// that has the same (named by the server's `stylesKey`). No `vscode` here: the bench keeps pages in a plain folder.
import type {
  ContentBlock,
  PreviewChrome,
  PreviewStyles,
  RenderResult,
  ResourceRoot,
} from '../../../server/src/protocol';

/** The most pages kept: the oldest go first. */
export const KEPT_PAGES = 20;
/** The most a kept file may weigh (a page, or its styles: al-folio's are 0.8 MB); heavier ones are neither kept nor read. */
export const KEPT_FILE_BYTES = 4 * 1024 * 1024;

const PAGE = '.page.json';
const STYLES = '.styles.json';

export interface KeptFile {
  name: string;
  /** Milliseconds since 1970 of the last write. */
  mtime: number;
  size: number;
}

/** The folder the pages are kept in (the extension's storage for the workspace, through `vscode.workspace.fs`). */
export interface KeptFolder {
  /** Its files; makes the folder when it does not exist (it is listed before every write). */
  list(): Promise<KeptFile[]>;
  read(name: string): Promise<Uint8Array>;
  write(name: string, data: Uint8Array): Promise<void>;
  delete(name: string): Promise<void>;
}

/** A page as the webview shows it: a render with nothing left out. */
export interface WholePage extends RenderResult {
  chrome: PreviewChrome;
  styles: PreviewStyles;
  blocks: (ContentBlock & { html: string })[];
}

/** What the page depends on besides the post's text that the client knows (the site's files it does not). */
export interface PageContext {
  extensionVersion: string;
  /** The display language: the page's notes are in it. */
  language: string;
  trusted: boolean;
  remoteContent: boolean;
  /** The page links the workspace's files through these. */
  resourceRoots: ResourceRoot[];
}

/** The page the webview holds, as the renders it was sent make it. */
export class ShownPage {
  private chrome?: { key: string; chrome: PreviewChrome };
  private styles?: { key: string; styles: PreviewStyles };
  private html = new Map<string, string>();

  /** Takes in a render the webview was sent; the page it shows, when nothing it left out is missing. */
  add(result: RenderResult): WholePage | undefined {
    if (result.chrome) this.chrome = { key: result.chromeKey, chrome: result.chrome };
    if (result.styles) this.styles = { key: result.stylesKey, styles: result.styles };
    const held = this.html;
    this.html = new Map();
    for (const { key, html } of result.blocks) {
      const text = html ?? held.get(key);
      if (text !== undefined) this.html.set(key, text);
    }
    const { chrome, styles } = this;
    if (chrome?.key !== result.chromeKey || styles?.key !== result.stylesKey) return undefined;
    if (result.blocks.some((block) => !this.html.has(block.key))) return undefined;
    const blocks = result.blocks.map((block) => ({ ...block, html: this.html.get(block.key)! }));
    return { ...result, version: undefined, chrome: chrome.chrome, styles: styles.styles, blocks };
  }
}

export class KeptPages {
  /** Writes one after the other; a lookup waits for those asked before it. */
  private writing = Promise.resolve();

  constructor(private readonly folder: KeptFolder) {}

  /** The page kept for the post at `uri`, if it was rendered of `text` in `context`; undefined if anything is amiss. */
  async find(uri: string, text: string, context: PageContext): Promise<WholePage | undefined> {
    await this.writing;
    try {
      const files = await this.folder.list();
      const prefix = `${await digest(uri)}.`;
      const page = files.find((file) => file.name.startsWith(prefix) && file.name.endsWith(PAGE));
      const stylesName = page && page.name.slice(prefix.length, -PAGE.length) + STYLES;
      const styles = files.find((file) => file.name === stylesName);
      if (!page || !styles || page.size > KEPT_FILE_BYTES || styles.size > KEPT_FILE_BYTES) return undefined;
      const kept = JSON.parse(decoder.decode(await this.folder.read(page.name))) as unknown;
      if (!isKeptPage(kept) || kept.key !== (await pageKey(text, context))) return undefined;
      const keptStyles = JSON.parse(decoder.decode(await this.folder.read(styles.name))) as unknown;
      if (!isKeptStyles(keptStyles) || keptStyles.stylesKey !== kept.page.stylesKey) return undefined;
      return { ...kept.page, styles: keptStyles.styles };
    } catch {
      return undefined;
    }
  }

  /** Keeps `page`, rendered of `text` in `context`, as the post's at `uri` (in place of the one before). */
  keep(uri: string, text: string, context: PageContext, page: WholePage): Promise<void> {
    this.writing = this.writing.then(() => this.write(uri, text, context, page)).catch(() => undefined);
    return this.writing;
  }

  private async write(uri: string, text: string, context: PageContext, whole: WholePage): Promise<void> {
    const { styles, ...page } = whole;
    const uriDigest = await digest(uri);
    const stylesDigest = await digest(page.stylesKey);
    const pageData = encoder.encode(JSON.stringify({ key: await pageKey(text, context), page }));
    const stylesData = encoder.encode(JSON.stringify({ stylesKey: page.stylesKey, styles }));
    if (pageData.length > KEPT_FILE_BYTES || stylesData.length > KEPT_FILE_BYTES) return;
    const files = await this.folder.list();
    const stylesName = stylesDigest + STYLES;
    if (!files.some((file) => file.name === stylesName)) await this.folder.write(stylesName, stylesData);
    const pageName = `${uriDigest}.${stylesDigest}${PAGE}`;
    await this.folder.write(pageName, pageData);
    const others = files.filter((file) => file.name !== pageName && file.name !== stylesName);
    await Promise.all(outgrown(others, uriDigest, stylesName).map((name) => this.folder.delete(name)));
  }
}

/**
 * The files to delete once a page of the post `uriDigest` with the styles `stylesName` was kept, `others` being the
 * other files: the post's page before, pages past KEPT_PAGES (the oldest), and styles no page kept has.
 */
function outgrown(others: KeptFile[], uriDigest: string, stylesName: string): string[] {
  const [ownPages, otherPages] = partition(
    others.filter((file) => file.name.endsWith(PAGE)),
    (file) => file.name.startsWith(`${uriDigest}.`),
  );
  otherPages.sort((a, b) => b.mtime - a.mtime);
  const dropped = [...ownPages, ...otherPages.slice(KEPT_PAGES - 1)].map((file) => file.name);
  const stylesUsed = new Set([
    stylesName,
    ...otherPages.slice(0, KEPT_PAGES - 1).map((file) => file.name.split('.')[1] + STYLES),
  ]);
  const unused = others.filter((file) => file.name.endsWith(STYLES) && !stylesUsed.has(file.name));
  return [...dropped, ...unused.map((file) => file.name)];
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** SHA-256 in hex, as both extension hosts (Node's and the web worker's) have it. */
async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function pageKey(text: string, context: PageContext): Promise<string> {
  return digest(JSON.stringify([text, context]));
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

function isKeptPage(value: unknown): value is { key: string; page: Omit<WholePage, 'styles'> } {
  if (!isObject(value) || !isString(value.key) || !isObject(value.page)) return false;
  const { page } = value;
  const chrome = page.chrome;
  return (
    [page.title, page.chromeKey, page.stylesKey].every(isString) &&
    (page.theme === 'site' || page.theme === 'builtin') &&
    Array.isArray(page.notes) &&
    page.notes.every(isString) &&
    (page.jekyll === undefined || isObject(page.jekyll)) &&
    isObject(chrome) &&
    [chrome.before, chrome.after, chrome.bodyClass].every(isString) &&
    Array.isArray(page.blocks) &&
    page.blocks.every(
      (block) => isObject(block) && isString(block.key) && isString(block.html) && Number.isInteger(block.line),
    )
  );
}

function isKeptStyles(value: unknown): value is { stylesKey: string; styles: PreviewStyles } {
  return (
    isObject(value) &&
    isString(value.stylesKey) &&
    isObject(value.styles) &&
    Array.isArray(value.styles.styles) &&
    value.styles.styles.every((style) => isObject(style) && (isString(style.css) || isString(style.href)))
  );
}
