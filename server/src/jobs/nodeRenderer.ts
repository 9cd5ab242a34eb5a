import { currentTranslations } from '../l10n';

type Renderer = typeof import('../render');

/**
 * The renderer bundle (dist/render.js) in Node: loaded on first use, so that what only checks posts stays small. The
 * bundle is a script that sets module.exports (see scripts/build.mjs). It is required, not imported: Node's import() of
 * a CommonJS file scans its 8.9 MB of source for the names it exports and for module syntax first, which cost a render
 * worker 0.75 s of CPU and 40 MB more than require (twice `render --out`'s own work on the test blog's 14 posts).
 */
export async function loadNodeRenderer(): Promise<Renderer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: import() of CommonJS costs a scan
  return translated(require('../render') as Renderer);
}

/** The renderer, its messages in the language this thread uses. */
export function translated(renderer: Renderer): Renderer {
  renderer.useTranslations(currentTranslations());
  return renderer;
}
