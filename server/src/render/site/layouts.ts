// Jekyll's layout chain: the post names a layout, each layout may name the next (`post` → `default`). Layouts are found
// by name whatever their extension (`post.html`, or `post.liquid` as in al-folio), among those the site read.
import { splitFrontMatter } from '../post';
import type { JekyllSite } from './site';

export interface Layout {
  name: string;
  template: string;
  frontMatter: Record<string, unknown>;
}

const MAX_DEPTH = 10;

/** The layouts from `first` outwards; stops at a missing layout or a loop. */
export function layoutChain(site: Pick<JekyllSite, 'layouts'>, first: unknown): Layout[] {
  const chain: Layout[] = [];
  for (let name = first; typeof name === 'string' && chain.length < MAX_DEPTH;) {
    const layout = Object.hasOwn(site.layouts, name) ? site.layouts[name] : undefined;
    if (!layout || chain.some((each) => each.name === name)) break;
    const { frontMatter, body } = splitFrontMatter(layout.text);
    chain.push({ name, template: body, frontMatter });
    name = frontMatter.layout;
  }
  return chain;
}
