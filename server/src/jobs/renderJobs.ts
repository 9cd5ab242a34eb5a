// The render jobs: the preview's page, made in a long-lived worker whose renderer keeps its caches between renders,
// under the render deadline and the workers' heap cap (Liquid loops and recursive includes run until stopped); and the
// published page, which is all the CLI's `render` asks.
import type { FileSystem } from '../core/fileSystem';
import type { PostSource, PreviewOptions } from '../render';

type Renderer = typeof import('../render');

/** What the published page needs of the renderer: no preview, so no Sass (6 MB of code). */
export type PageRenderer = Pick<Renderer, 'renderPostBody' | 'renderPostPage' | 'renderPublishedPage'>;

export interface RenderInput {
  /** The post; the site's files are read with the file system of where the job runs. */
  source: Omit<PostSource, 'files'>;
  options: PreviewOptions;
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
    async renderPreview({ source, options }: RenderInput) {
      return (await loaded()).renderPreview({ ...source, files }, options);
    },
    ...pageJobs(loaded, files),
    /** Files changed on disk: the sites holding them are read again on the next render (a notification). */
    async invalidateSite(paths: string[]) {
      if (renderer) (await renderer).invalidateSite(paths);
    },
  };
}

export type RenderJobs = ReturnType<typeof renderJobs>;
