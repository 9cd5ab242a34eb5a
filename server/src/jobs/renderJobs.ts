// The render jobs: the preview's page, made in a long-lived worker whose renderer keeps its caches between renders,
// under the render deadline and the workers' heap cap (Liquid loops and recursive includes run until stopped); the
// site's work for the preview (reading the site, building its Sass), made once for every post under a bound of its
// own; and the published page, which is all the CLI's `render` asks.
import type { FileSystem } from '../core/fileSystem';
import type { PostSource, PreviewOptions, SiteRef, SiteSnapshot, StylesheetSource } from '../render';

type Renderer = typeof import('../render');

/** What the published page needs of the renderer: no preview, so no Sass (6 MB of code). */
export type PageRenderer = Pick<Renderer, 'renderPostBody' | 'renderPostPage' | 'renderPublishedPage'>;

export interface RenderInput {
  /** The post; the site's files are read with the file system of where the job runs. */
  source: Omit<PostSource, 'files' | 'site'>;
  options: PreviewOptions;
  /** The post's site as the site's job read it: the worker must keep it (keepSite) to render with it. */
  site?: SiteRef;
}

/** The answer of a worker that does not keep the site a render names (a fresh one): it is handed the site first. */
export interface SiteNeeded {
  siteNeeded: true;
}

/** The published page's jobs over a renderer and the file system that reads the site. */
export function pageJobs(renderer: () => Promise<PageRenderer>, files: FileSystem) {
  return {
    /** The full page (or only the post content, `body`), as the CLI's `render` prints it. */
    async renderPage({ source, body }: { source: RenderInput['source']; body: boolean }) {
      const loaded = await renderer();
      return body ? loaded.renderPostBody({ ...source, files }) : loaded.renderPostPage({ ...source, files });
    },
    /** The full page and the URL the site publishes it at, as `render --out` writes it. */
    async renderPublished({ source }: { source: RenderInput['source'] }) {
      return (await renderer()).renderPublishedPage({ ...source, files });
    },
  };
}

export type PageJobs = ReturnType<typeof pageJobs>;

/** Every render job over a renderer loaded once (on the warm-up, in a worker) and the file system that reads the site. */
export function renderJobs(loadRenderer: () => Promise<Renderer>, files: FileSystem) {
  let renderer: Promise<Renderer> | undefined;
  const loaded = () => (renderer ??= loadRenderer());
  return {
    /** A render worker's warm-up: the renderer's load (sass alone is 6 MB of code) does not count against a deadline. */
    async loadRenderer() {
      await loaded();
    },
    /** The post's part of the preview, with the site this worker keeps. */
    async renderPreview({ source, options, site }: RenderInput) {
      const renderer = await loaded();
      if (site && !(await renderer.keepsSite(site))) return { siteNeeded: true } satisfies SiteNeeded;
      return renderer.renderPreview({ ...source, files, site }, options);
    },
    /** The site's job: the site the post at `filePath` belongs to, read whole (undefined: it belongs to none). */
    async readSite({ filePath }: { filePath: string }) {
      return (await loaded()).readSite(files, filePath);
    },
    /** A site read by the site's job, kept by this worker (the site's work, not a post's). */
    async keepSite(snapshot: SiteSnapshot) {
      (await loaded()).keepSite(snapshot, files);
    },
    /** The site's job: a stylesheet the site builds from Sass, compiled. */
    async buildStylesheet(source: StylesheetSource) {
      return (await loaded()).buildStylesheet(files, source);
    },
    /** The site's job: a stylesheet kept by an earlier session, checked against the site as it is now. */
    async readStoredStylesheet({ source, text }: { source: StylesheetSource; text: string }) {
      return (await loaded()).readStoredStylesheet(files, source, text);
    },
    ...pageJobs(loaded, files),
    /** Files changed on disk: the sites holding them are read again on the next render (a notification). */
    async invalidateSite(paths: string[]) {
      if (renderer) (await renderer).invalidateSite(paths);
    },
  };
}

export type RenderJobs = ReturnType<typeof renderJobs>;
