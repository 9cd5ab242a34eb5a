// The preview's sites, as the server's thread keeps them: the site's work for the preview (reading the site, building
// its Sass) runs as jobs of their own on the site's worker, under a bound of their own, once for every post of the
// site, and what they made is kept here, where neither a post's abandoned render nor a killed render worker can lose
// it. A post's render waits for its site to be read (a fraction of a second), never for its Sass: its answer has the
// stylesheets built so far, says that the rest are loading, and the client hears when they are built.
import * as l10n from '@vscode/l10n';
import { basename, dirname, relative, sep } from 'node:path';
import type { TextStore } from '../core/fileSystem';
import type { JobOutcome, JobRunner } from '../jobs/jobPool';
import type { RenderJobs } from '../jobs/renderJobs';
import type { PreviewStyle, PreviewStyles, ResourceRoot } from '../protocol/render';
import type { BuiltStylesheet, ChromeStyle, SassStylesheet, SiteSnapshot, StylesheetSource } from '../render';
import { isPostFile } from '../render/site/paths';
import { devDependencies } from '../../../package.json';

/** The site's jobs may take this long: al-folio's Sass compiles in 2.4 s of CPU, ten times that at a load of 4. */
export const SITE_DEADLINE_MS = 120_000;
/** The heap of the site's worker, at least: al-folio's compile uses 170 MB. */
export const SITE_MEMORY_MB = 1024;

/** The Sass compiler the server ships (the version package-lock.json pins): a stylesheet kept by another is not read. */
const SASS_COMPILER = `sass ${devDependencies.sass}`;

/** The most a kept stylesheet may weigh (read back from the store): al-folio's is 0.8 MB. */
export const STORED_BYTES_LIMIT = 64 * 1024 * 1024;

/** The site a post belongs to, as read by the site's job; or why it could not be. */
export interface SiteReading {
  /** Undefined: the post belongs to no site, it could not be read (`note`), or it is being read (`loading`). */
  snapshot?: SiteSnapshot;
  note?: string;
  /** Asked not to wait, the site is still being read: the client hears when it is (onStylesReady). */
  loading?: boolean;
}

interface ReadingEntry {
  /** The latest reading, under way or done. */
  reading: Promise<SiteReading>;
  /** The latest reading done. */
  read?: SiteReading;
  /** Files of the site changed since `read`: its posts alone, or more (layouts, includes, config, data). */
  outdated?: 'posts' | 'site';
  /** What changed before the reading under way. */
  refreshing?: 'posts' | 'site';
}

/** What the page's stylesheets are as far as the site's work has got. */
export interface AssembledStyles {
  styles: PreviewStyles;
  stylesKey: string;
  loading: boolean;
  notes: string[];
}

interface Stylesheet {
  root: string;
  /** The CSS built last (from the site as it was, while a build runs again), if any. */
  built?: BuiltStylesheet;
  building: boolean;
  /** Changed on each change of the site's style files: a build that started before is outdated once done. */
  generation: number;
  /** Built for the generation before (or never): built again on the next render that asks for it. */
  outdated: boolean;
  failure?: string;
}

/** What a compiled stylesheet is made of: the Sass, and the config its Liquid reads. */
const STYLE_SOURCE = /\.(?:s[ac]ss|css)$|(?:^|[\\/])_config\.ya?ml$/;

export class PreviewSites {
  /** By the folder of the posts. */
  private readonly readings = new Map<string, ReadingEntry>();
  private readonly stylesheets = new Map<string, Stylesheet>();
  /** By site: the Sass stylesheets its pages linked, as the store kept them from earlier sessions. */
  private readonly linkedSheets = new Map<string, Promise<SassStylesheet[]>>();
  private readonly readyListeners: (() => void)[] = [];
  /** Where the stylesheets built are kept for the next session (the client's storage for the workspace), if anywhere. */
  store?: TextStore;
  logError: (what: string, error: unknown) => void = () => undefined;

  constructor(
    /** The site's jobs, for a site the workers read themselves (`false`) or through the server's thread (`true`). */
    private readonly runner: (relayed: boolean) => JobRunner<RenderJobs>,
    /** The heap cap of the site's workers. */
    private readonly memoryMb: () => number,
  ) {}

  /** Hears that stylesheets answered as loading were built (or failed). */
  onStylesReady(listener: () => void): void {
    this.readyListeners.push(listener);
  }

  /** Whether the site of the post at `filePath` is read, or being read. */
  isReading(filePath: string): boolean {
    return this.readings.has(dirname(filePath));
  }

  /**
   * The site of the post at `filePath`, read once for every post of its folder until one of its files changes. Unless
   * `wait`, a site still being read is answered as `loading`, and the client hears once it is read.
   */
  async siteOf(filePath: string, relayed: boolean, wait: boolean): Promise<SiteReading> {
    const folder = dirname(filePath);
    let entry = this.readings.get(folder);
    if (!entry || entry.outdated) entry = this.startReading(folder, filePath, relayed, entry);
    if (wait) return entry.reading;
    // Read before, it is shown while it is read again: as it was for a change to posts (their entries are all the
    // page may show of them), as loading for more.
    if (!entry.read) return { loading: true };
    return entry.refreshing === 'site' ? { ...entry.read, loading: true } : entry.read;
  }

  private startReading(folder: string, filePath: string, relayed: boolean, before?: ReadingEntry): ReadingEntry {
    const reading = this.read(filePath, relayed);
    const entry: ReadingEntry = { reading, read: before?.read, refreshing: before?.outdated };
    void reading.then((read) => {
      Object.assign(entry, { read, refreshing: undefined });
      this.stylesReady();
    });
    this.readings.set(folder, entry);
    return entry;
  }

  private async read(filePath: string, relayed: boolean): Promise<SiteReading> {
    const outcome = await this.runner(relayed).run('readSite', { filePath }, { deadlineMs: SITE_DEADLINE_MS });
    return outcome.status === 'done' ? { snapshot: outcome.value } : { note: this.unreadSite(outcome) };
  }

  /** The note of a site the preview could not read, or hand to the render worker. */
  unreadSite(outcome: Exclude<JobOutcome<unknown>, { status: 'done' }>): string {
    return l10n.t('The site could not be read ({0}); the built-in theme is shown.', this.reason(outcome));
  }

  /**
   * The page's stylesheets for the preview: the site's Sass ones as built so far (their build started if it has not
   * been), the others as the post's render listed them.
   */
  assemble(
    listed: ChromeStyle[],
    listedKey: string,
    root: string | undefined,
    roots: ResourceRoot[],
    relayed: boolean,
  ) {
    const styles: PreviewStyle[] = [];
    const keys = [listedKey];
    const notes: string[] = [];
    let loading = false;
    let darkMode: PreviewStyles['darkMode'];
    for (const style of listed) {
      if (!('sass' in style)) {
        styles.push(style);
        continue;
      }
      const sheet = root === undefined ? undefined : this.stylesheet(root, style.sass, roots, relayed);
      if (sheet?.built) styles.push({ css: sheet.built.css });
      darkMode ??= sheet?.built?.darkMode;
      keys.push(sheet?.built?.key ?? '-');
      loading ||= sheet?.building === true;
      if (sheet?.failure && !sheet.building) notes.push(sheet.failure);
    }
    return { styles: { styles, darkMode }, stylesKey: keys.join('/'), loading, notes } satisfies AssembledStyles;
  }

  /**
   * Starts building the stylesheets the site's pages linked in earlier sessions, from what the store kept, as soon as
   * the site is read: they are ready by the time the post's render names them, and its first answer has them.
   */
  prefetch(root: string, roots: ResourceRoot[], relayed: boolean): void {
    void this.sheetsLinkedBy(root).then((sheets) => {
      for (const sass of sheets) this.stylesheet(root, sass, roots, relayed);
    });
  }

  private sheetsLinkedBy(root: string): Promise<SassStylesheet[]> {
    let sheets = this.linkedSheets.get(root);
    if (!sheets) {
      sheets = (this.store?.read(linkedName(root)) ?? Promise.resolve(undefined))
        .catch(() => undefined)
        .then((text) => linkedSheetsIn(text, root));
      this.linkedSheets.set(root, sheets);
    }
    return sheets;
  }

  /** Keeps, for the next session, that the site's pages link this stylesheet. */
  private async rememberLinked(root: string, sass: SassStylesheet): Promise<void> {
    const sheets = await this.sheetsLinkedBy(root);
    if (sheets.some((sheet) => sheet.source === sass.source && sheet.cssFile === sass.cssFile)) return;
    sheets.push(sass);
    await this.store?.write(linkedName(root), JSON.stringify(sheets));
  }

  /** Files changed on disk: the sites holding them are read again, and their Sass built again if a style file changed. */
  invalidate(paths: string[]): void {
    for (const entry of this.readings.values()) {
      const root = entry.read?.snapshot?.root;
      const changed = root === undefined ? paths : paths.filter((path) => path.startsWith(root + sep));
      if (!changed.length) continue;
      const postsAlone = root !== undefined && changed.every((path) => isPostFile(root, path));
      entry.outdated = postsAlone && entry.outdated !== 'site' ? 'posts' : 'site';
    }
    const styleFiles = paths.filter((path) => STYLE_SOURCE.test(path));
    for (const sheet of this.stylesheets.values()) {
      if (!styleFiles.some((path) => path.startsWith(sheet.root + sep))) continue;
      sheet.generation++;
      sheet.outdated = true;
    }
  }

  private stylesheet(root: string, sass: SassStylesheet, roots: ResourceRoot[], relayed: boolean): Stylesheet {
    const key = stylesheetKey(root, sass, roots);
    let sheet = this.stylesheets.get(key);
    if (!sheet) {
      sheet = { root, building: false, generation: 0, outdated: true };
      this.stylesheets.set(key, sheet);
    }
    if (sheet.outdated && !sheet.building) {
      const firstBuild = sheet.built === undefined && sheet.generation === 0;
      sheet.outdated = false;
      sheet.building = true;
      void this.build(sheet, { root, sheet: sass, resourceRoots: roots, compiler: SASS_COMPILER }, relayed, firstBuild);
    }
    return sheet;
  }

  /**
   * Builds a stylesheet on the site's worker: first from what an earlier session kept (`fromStore`), shown at once,
   * and compiled only when the site changed since; then kept for the next session.
   */
  private async build(
    sheet: Stylesheet,
    source: StylesheetSource,
    relayed: boolean,
    fromStore: boolean,
  ): Promise<void> {
    const generation = sheet.generation;
    const runner = this.runner(relayed);
    const deadline = { deadlineMs: SITE_DEADLINE_MS };
    try {
      const kept = fromStore ? this.store?.read(storedName(source.root, source.sheet.source)) : undefined;
      const text = await kept?.catch(() => undefined);
      const stored =
        text === undefined ? undefined : await runner.run('readStoredStylesheet', { source, text }, deadline);
      if (stored?.status === 'done' && stored.value) {
        sheet.built = stored.value.built;
        if (stored.value.fresh) return;
        this.stylesReady();
      }
      const compiled = await runner.run('buildStylesheet', source, deadline);
      if (compiled.status !== 'done') {
        sheet.failure = l10n.t(
          "The site's stylesheet {0} could not be built ({1}); the page is shown without it.",
          relative(source.root, source.sheet.source).split(sep).join('/'),
          this.reason(compiled),
        );
        return;
      }
      sheet.built = compiled.value.built;
      sheet.failure = undefined;
      void this.keep(source, compiled.value.stored);
    } catch (error) {
      this.logError("building the site's styles", error);
    } finally {
      sheet.building = false;
      if (sheet.generation !== generation) sheet.outdated = true;
      this.stylesReady();
    }
  }

  /** Keeps a stylesheet built, and that the site links it, for the next session. */
  private async keep(source: { root: string; sheet: SassStylesheet }, stored: string): Promise<void> {
    try {
      await this.store?.write(storedName(source.root, source.sheet.source), stored);
      await this.rememberLinked(source.root, source.sheet);
    } catch (error) {
      this.logError("keeping the site's styles", error);
    }
  }

  private stylesReady(): void {
    for (const listener of this.readyListeners) listener();
  }

  /** Why a site's job has no value, for a note. */
  private reason(outcome: Exclude<JobOutcome<unknown>, { status: 'done' }>): string {
    switch (outcome.status) {
      case 'timedOut':
        return l10n.t('it took longer than {0} seconds', SITE_DEADLINE_MS / 1000);
      case 'outOfMemory':
        return l10n.t('it needed more than {0} MB of memory', this.memoryMb());
      case 'cancelled':
        return l10n.t('the server is closing');
      default:
        return outcome.message.split('\n')[0];
    }
  }
}

function stylesheetKey(root: string, sass: SassStylesheet, roots: ResourceRoot[]): string {
  return JSON.stringify([root, sass.source, sass.cssFile, roots]);
}

/** The name a stylesheet is kept under: readable, and checked against the source inside the file (names may collide). */
function storedName(root: string, source: string): string {
  return `styles-${slug(`${basename(root)}-${relative(root, source)}`)}.json`;
}

/** The name of the list of the stylesheets a site's pages link. */
function linkedName(root: string): string {
  return `linked-${slug(basename(root))}.json`;
}

function slug(text: string): string {
  return text.replace(/[^\w.-]+/g, '_');
}

/** The stylesheets a kept list names, those of the site at `root` only (a damaged or foreign list names none). */
function linkedSheetsIn(text: string | undefined, root: string): SassStylesheet[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text ?? '[]');
  } catch {
    return [];
  }
  const inSite = (path: unknown, extension: RegExp) =>
    typeof path === 'string' && path.startsWith(root + sep) && extension.test(path);
  return (Array.isArray(parsed) ? parsed : []).filter(
    (sheet: Partial<SassStylesheet> | null) => inSite(sheet?.source, /\.s[ac]ss$/) && inSite(sheet?.cssFile, /\.css$/),
  );
}
