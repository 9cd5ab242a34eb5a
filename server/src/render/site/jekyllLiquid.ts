// Liquid as Jekyll runs it (liquidjs in Jekyll mode), made forgiving for a preview: a missing include renders as
// nothing, an unknown filter passes its input through, an unknown tag (a theme plugin's) renders as nothing. Templates
// are rendered synchronously (liquidjs's promise-driven render cost every post a microtask per tag and output): the
// includes come as the site was read, and the cache-bust digests are read asynchronously once and kept (SiteReads).
import { join, resolve as resolvePath, sep } from 'node:path';
import { Liquid, Tag, type Context, type Emitter, type FS } from 'liquidjs';
import type { FileSystem } from '../../core/fileSystem';
import { md5Hex } from '../digests';
import { HighlightTag } from './highlightTag';
import { registerDateFilters, rubyTimeOutput } from './rubyTimes';
import { linkTag, postUrlTag } from './urlTags';

type TagClass = Liquid['tags'][string];
import { isRemote, realFileInside } from './paths';
import type { JekyllSite } from './site';

export interface LiquidSetup {
  /**
   * The site's folder, how to read it, its includes (as read with it) and the posts and pages `post_url` and `link`
   * name; without it every include, `post_url` and `link` renders as nothing.
   */
  site?: Pick<JekyllSite, 'root' | 'files' | 'includes' | 'posts' | 'pages'>;
  baseurl: string;
  url: string;
  markdownify: (markdown: string) => string;
  /**
   * al-folio's cache-busting filters add the digest of the files they name, as the published page has it; without,
   * they leave the URL as it is: the preview, which links the site's files without their query, so that its renders
   * never wait on the site's files (reads through a browser's client would eat liquidjs's wall-clock `renderLimit`).
   */
  assetDigests: boolean;
  /** The site's `timezone`: Jekyll shows times in it. */
  timeZone?: string;
}

const MISSING = '\0missing-include';
const utf8 = new TextEncoder();
const NO_INCLUDES = '\0no-includes';
const UNKNOWN_TAG = /^tag "([^"]+)" not found/;
/** Plugin tags a theme may use; each render that meets a new one costs a parse, so the count is bounded. */
const MAX_UNKNOWN_TAGS = 64;

/** Parsed templates kept (the layouts, rendered again for every post and every preview of one). */
const TEMPLATES_KEPT = 32;
/** Renders of one template while it asks for digests not read yet: one per include that adds one, at most. */
const MAX_RENDERS = 32;

export class JekyllLiquid {
  private readonly engine: Liquid;
  private unknownTags = 0;
  private readonly parsed = new Map<string, ReturnType<Liquid['parse']>>();
  private readonly reads = new SiteReads();

  constructor(setup: LiquidSetup) {
    // A root is needed even without includes: the missing-include fallback is looked up under one.
    const includesDir = setup.site && join(setup.site.root, '_includes');
    const roots = [includesDir ?? NO_INCLUDES];
    const reads = this.reads;
    this.engine = new Liquid({
      root: roots,
      partials: roots,
      layouts: [],
      extname: '',
      relativeReference: false,
      fs: includeFiles(setup.site?.includes ?? {}, includesDir),
      jekyllInclude: true,
      jekyllWhere: true,
      dynamicPartials: false,
      strictFilters: false,
      strictVariables: false,
      lenientIf: true,
      timezoneOffset: 0,
      // Ruby's strftime, which Jekyll's date filter uses, names months and days in English whatever the machine's locale.
      locale: 'en-US',
      cache: true,
      renderLimit: 3000,
      memoryLimit: 64 * 1024 * 1024,
      outputEscape: rubyTimeOutput(setup.timeZone),
    });
    registerDateFilters(this.engine, setup.timeZone);
    this.engine.registerFilter('relative_url', (input: unknown) => relativeUrl(input, setup.baseurl));
    this.engine.registerFilter('absolute_url', (input: unknown) => absoluteUrl(input, setup));
    this.engine.registerFilter('markdownify', (input: unknown) =>
      setup.markdownify(input === undefined || input === null ? '' : String(input)),
    );
    this.engine.registerFilter('encode_email', encodeEmail);
    this.engine.registerFilter('sort', jekyllSort);
    this.engine.registerFilter('escape', (input: unknown) =>
      input === undefined || input === null ? input : escapeLikeRuby(String(input), HTML_SPECIAL),
    );
    this.engine.registerFilter('escape_once', (input: unknown) =>
      escapeLikeRuby(String(input ?? ''), HTML_SPECIAL_ONCE),
    );
    this.engine.registerFilter('xml_escape', (input: unknown) =>
      escapeLikeRuby(String(input ?? ''), XML_ATTRIBUTE_SPECIAL),
    );
    if (!setup.assetDigests) {
      for (const name of ['bust_file_cache', 'bust_css_cache'])
        this.engine.registerFilter(name, (input: unknown) => String(input ?? ''));
    } else if (setup.site) {
      const site = setup.site;
      // Hashed once for this engine, which a change to the site's files replaces; the URL stands in until then.
      const bust = (kind: string, url: string, files: (file: string) => Promise<string[]>) =>
        reads.get(`${kind}\0${url}`, () => bustCache(url, site, files)) ?? url;
      this.engine.registerFilter('bust_file_cache', (input: unknown) =>
        bust('file', String(input ?? ''), async (file) => [file]),
      );
      this.engine.registerFilter('bust_css_cache', (input: unknown) =>
        bust('css', String(input ?? ''), () => filesUnder(site.files, join(site.root, 'assets/_sass'))),
      );
    }
    this.engine.registerTag('highlight', HighlightTag);
    this.engine.registerTag('include', forgivingInclude(this.engine.tags.include));
    const targets = {
      posts: setup.site?.posts ?? [],
      pages: setup.site?.pages ?? [],
      relativeUrl: (url: string) => relativeUrl(url, setup.baseurl),
    };
    this.engine.registerTag('post_url', postUrlTag(targets));
    this.engine.registerTag('link', linkTag(targets));
  }

  /**
   * Renders a template; only its own syntax errors and failing filters reach the caller. A render that asked for a
   * digest not read yet runs again once it is (a site's first pages only: what is read is kept).
   */
  async render(template: string, context: object): Promise<string> {
    const parsed = this.parse(template);
    for (let renders = 1; ; renders++) {
      // A copy, so that what `increment` writes into it does not count twice.
      const html = this.engine.renderSync(parsed, { ...context }) as string;
      if (!this.reads.reading() || renders === MAX_RENDERS) return html;
      await this.reads.settled();
    }
  }

  private parse(template: string): ReturnType<Liquid['parse']> {
    const known = this.parsed.get(template);
    if (known) return known;
    for (;;) {
      try {
        const parsed = this.engine.parse(laxLiquid(template));
        this.parsed.set(template, parsed);
        if (this.parsed.size > TEMPLATES_KEPT) this.parsed.delete(this.parsed.keys().next().value!);
        return parsed;
      } catch (error) {
        const tag = error instanceof Error ? UNKNOWN_TAG.exec(error.message)?.[1] : undefined;
        if (tag === undefined || this.unknownTags++ >= MAX_UNKNOWN_TAGS) throw error;
        this.engine.registerTag(tag, SilentTag);
      }
    }
  }
}

/**
 * What Ruby Liquid's lax parser takes and liquidjs refuses: `{% else if x %}` (common in themes) is `{% else %}`;
 * `{% for x in list | limit: n %}` (al-folio's related posts) is the loop's `limit:`, which liquidjs ignores; and
 * `{% assign site.a.b = … %}` (the last line of al-folio's scripts/misc.liquid) assigns a variable literally named
 * `site.a.b` that no lookup can reach, so it does nothing and becomes a comment.
 */
function laxLiquid(source: string): string {
  return source
    .replace(/\{%(-?)\s*else\s+[^%]*?(-?)%\}/g, '{%$1 else $2%}')
    .replace(/(\{%-?\s*for\s+\w+\s+in\s+[^%|]*?)\|\s*limit:/g, '$1 limit:')
    .replace(/\{%(-?)\s*assign\s+[\w-]+(?:\.[\w-]+|\[[^\]]*\])+\s*=[^%]*?(-?)%\}/g, '{%$1 # $2%}');
}

/** An include that fails to read, parse or render leaves nothing behind instead of failing the page. */
function forgivingInclude(include: TagClass): TagClass {
  const renderInclude = include.prototype.render;
  return class extends include {
    *render(context: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      try {
        yield* renderInclude.call(this, context, emitter) as Generator<unknown, void, unknown>;
      } catch {
        // The rest of the page still renders.
      }
    }
  };
}

class SilentTag extends Tag {
  render(): string {
    return '';
  }
}

// Ruby's escapes, which write `"` as `&quot;` where liquidjs writes `&#34;` (it shows in slugs made from escaped titles).
const RUBY_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** `CGI.escapeHTML`, for Liquid's `escape`. */
const HTML_SPECIAL = /[&<>"']/g;
/** Liquid's `escape_once`: an `&` that starts an entity stays. */
const HTML_SPECIAL_ONCE = /["><']|&(?!(?:[a-zA-Z]+|#\d+);)/g;
/** `encode(xml: :attr)`, for Jekyll's `xml_escape`. */
const XML_ATTRIBUTE_SPECIAL = /[&<>"]/g;

function escapeLikeRuby(text: string, special: RegExp): string {
  return text.replace(special, (char) => RUBY_ENTITIES[char]);
}

/** Jekyll's `sort`: by a property when given, items without it first (liquidjs puts them last). */
function jekyllSort(input: unknown, property?: unknown): unknown[] {
  const items = Array.isArray(input) ? [...input] : [];
  const key = (item: unknown): unknown =>
    typeof property === 'string' && item && typeof item === 'object'
      ? (item as Record<string, unknown>)[property]
      : item;
  const missing = (value: unknown) => value === undefined || value === null;
  return items.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    if (missing(x) || missing(y)) return Number(!missing(x)) - Number(!missing(y));
    return x! < y! ? -1 : x! > y! ? 1 : 0;
  });
}

/** jekyll-email-protect's `encode_email`: letters and digits percent-encoded, byte by byte. */
function encodeEmail(input: unknown): string {
  return [...String(input ?? '')]
    .map((char) =>
      /[\p{L}\p{N}]/u.test(char)
        ? [...utf8.encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')
        : char,
    )
    .join('');
}

/**
 * al-folio's cache-bust filters: `file?md5` of the file's content (`bust_file_cache`), or of every file of a folder
 * (`bust_css_cache`, over `assets/_sass`); a file missing or outside the site counts as empty, as the content of none.
 */
async function bustCache(
  url: string,
  site: { root: string; files: FileSystem },
  files: (file: string) => Promise<string[]>,
): Promise<string> {
  const assets = url.indexOf('assets/');
  const file = join(site.root, assets < 0 ? url : url.slice(assets));
  const contents = await Promise.all(
    (await files(file)).map(
      async (each) =>
        ((await realFileInside(site.files, site.root, each)) && (await site.files.readFile(each))) || new Uint8Array(),
    ),
  );
  return `${url}?${md5Hex(contents)}`;
}

/** Every file below `dir`, in path order (Ruby's `Dir.glob` sorted, as al-folio hashes them). */
async function filesUnder(files: FileSystem, dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const [name, kind] of await files.readDirectory(dir)) {
    const path = join(dir, name);
    if (kind === 'directory') found.push(...(await filesUnder(files, path)));
    else if (kind === 'file') found.push(path);
  }
  return found.sort();
}

function relativeUrl(input: unknown, baseurl: string): string {
  if (input === undefined || input === null) return '';
  const path = String(input);
  if (isRemote(path)) return path;
  const base = baseurl.replace(/\/+$/, '').replace(/^(?=[^/])/, '/');
  return `${base}/${path.replace(/^\/+/, '')}`;
}

function absoluteUrl(input: unknown, setup: LiquidSetup): string {
  const relative = relativeUrl(input, setup.baseurl);
  return isRemote(relative) ? relative : setup.url.replace(/\/+$/, '') + relative;
}

/**
 * Includes are those the site read from `_includes` (no symbolic link out of it); anything else, or a missing file,
 * reads as empty. Nothing here waits on the disk: a render is the CPU's work only (liquidjs's `renderLimit` is wall
 * time, which reads through a browser's client would eat).
 */
function includeFiles(includes: Record<string, string>, includesDir: string | undefined): FS {
  const inside = (file: string) =>
    includesDir !== undefined && resolvePath(file).startsWith(resolvePath(includesDir) + sep);
  const readable = (file: string) => inside(file) && Object.hasOwn(includes, resolvePath(file));
  const allowed = (file: string) => file === MISSING || inside(file);
  const read = (file: string) => (readable(file) ? laxLiquid(includes[resolvePath(file)]) : '');
  return {
    exists: async (file) => file === MISSING || readable(file),
    existsSync: (file) => file === MISSING || readable(file),
    readFile: async (file) => read(file),
    readFileSync: read,
    resolve: (dir, file) => resolvePath(dir, file),
    contains: async (_root, file) => allowed(file),
    containsSync: (_root, file) => allowed(file),
    fallback: () => MISSING,
  };
}

/**
 * Values read from the site's files asynchronously, for synchronous renders: a value not read yet is undefined and
 * starts its read; `reading` then tells the render to run again once `settled`. What is read is kept for the engine's
 * life (a change to the site's files replaces the engine).
 */
class SiteReads {
  private readonly values = new Map<string, string | undefined>();
  private readonly pending = new Map<string, Promise<void>>();

  /** The value under `key`, or undefined (none, or not read yet: then `read` starts). */
  get(key: string, read: () => Promise<string | undefined>): string | undefined {
    if (this.values.has(key)) return this.values.get(key);
    if (!this.pending.has(key))
      this.pending.set(
        key,
        read()
          .catch(() => undefined)
          .then((value) => {
            this.values.set(key, value);
            this.pending.delete(key);
          }),
      );
    return undefined;
  }

  reading(): boolean {
    return this.pending.size > 0;
  }

  async settled(): Promise<void> {
    await Promise.all(this.pending.values());
  }
}
