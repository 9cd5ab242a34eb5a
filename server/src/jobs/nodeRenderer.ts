type Renderer = typeof import('../render');

/**
 * The renderer bundle (dist/render.js) in Node: loaded on first use, so that what only checks posts stays small. The
 * bundle is a script that sets module.exports (see scripts/build.mjs), which Node imports as `default`.
 */
export async function loadNodeRenderer(): Promise<Renderer> {
  const renderer = (await import('../render')) as Renderer & { default?: Renderer };
  return renderer.default ?? renderer;
}
