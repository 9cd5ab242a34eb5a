// Jekyll's layout chain: the post names a layout, each layout may name the next (`post` → `default`). Layouts are found
// by name whatever their extension (`post.html`, or `post.liquid` as in al-folio), among those the site read, and each
// chain is made once per site: a change to the site's files makes a new site (site.ts).
import { splitFrontMatter } from '../post';
import type { JekyllSite } from './site';

export interface Layout {
  name: string;
  template: string;
  frontMatter: Record<string, unknown>;
}

type SiteLayouts = Pick<JekyllSite, 'layouts'>;

const MAX_DEPTH = 10;

const chains = new WeakMap<SiteLayouts, Map<unknown, Layout[]>>();

/** The site's layouts from `first` outwards, made once for the site; stops at a missing layout or a loop. */
export function layoutChain(site: SiteLayouts, first: unknown): Layout[] {
  let known = chains.get(site);
  if (!known) chains.set(site, (known = new Map()));
  let chain = known.get(first);
  if (!chain) known.set(first, (chain = readLayoutChain(site, first)));
  return chain;
}

function readLayoutChain(site: SiteLayouts, first: unknown): Layout[] {
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
