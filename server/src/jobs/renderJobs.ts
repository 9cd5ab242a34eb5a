// The render job: the preview's page, made in a long-lived worker whose renderer keeps its caches between renders,
// under the render deadline and the workers' heap cap (Liquid loops and recursive includes run until stopped).
import type { FileSystem } from '../core/fileSystem';
import type { PostSource, PreviewOptions } from '../render';

type Renderer = typeof import('../render');

export interface RenderInput {
  /** The post; the site's files are read with the file system of where the job runs. */
  source: Omit<PostSource, 'files'>;
  options: PreviewOptions;
}

/** The render jobs over a renderer loaded once (on the warm-up, in a worker) and the file system that reads the site. */
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
    /** The full page (or only the post content, `body`), as the CLI's `render` prints it. */
    async renderPage({ source, body }: { source: RenderInput['source']; body: boolean }) {
      const renderer = await loaded();
      return body ? renderer.renderPostBody({ ...source, files }) : renderer.renderPostPage({ ...source, files });
    },
    /** The full page and the URL the site publishes it at, as `render --out` writes it. */
    async renderPublished({ source }: { source: RenderInput['source'] }) {
      return (await loaded()).renderPublishedPage({ ...source, files });
    },
    /** Files changed on disk: the sites holding them are read again on the next render (a notification). */
    async invalidateSite(paths: string[]) {
      if (renderer) (await renderer).invalidateSite(paths);
    },
  };
}

export type RenderJobs = ReturnType<typeof renderJobs>;
