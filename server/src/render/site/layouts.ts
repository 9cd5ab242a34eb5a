// Jekyll's layout chain: the post names a layout, each layout may name the next (`post` → `default`). Layouts are found
// by name whatever their extension (`post.html`, or `post.liquid` as in al-folio), and read once per site: a change to
// the site's files makes a new site (site.ts).
import { join, parse } from 'node:path';
import { readText, type FileSystem } from '../../core/fileSystem';
import { splitFrontMatter } from '../post';
import type { JekyllSite } from './site';

export interface Layout {
  name: string;
  template: string;
  frontMatter: Record<string, unknown>;
}

const MAX_DEPTH = 10;

const chains = new WeakMap<JekyllSite, Map<unknown, Promise<Layout[]>>>();

/** The site's layouts from `first` outwards, read once for the site. */
export function siteLayoutChain(site: JekyllSite, first: unknown): Promise<Layout[]> {
  let known = chains.get(site);
  if (!known) chains.set(site, (known = new Map()));
  let chain = known.get(first);
  if (!chain) known.set(first, (chain = layoutChain(site.files, join(site.root, '_layouts'), first)));
  return chain;
}

/** The layouts from `first` outwards; stops at a missing layout or a loop. */
async function layoutChain(files: FileSystem, layoutsDir: string, first: unknown): Promise<Layout[]> {
  const layouts = await layoutFiles(files, layoutsDir);
  const chain: Layout[] = [];
  for (let name = first; typeof name === 'string' && chain.length < MAX_DEPTH;) {
    const file = layouts.get(name);
    const text = file && !chain.some((layout) => layout.name === name) ? await readText(files, file) : undefined;
    if (text === undefined) break;
    const { frontMatter, body } = splitFrontMatter(text);
    chain.push({ name, template: body, frontMatter });
    name = frontMatter.layout;
  }
  return chain;
}

/** No layouts folder: no layouts. */
async function layoutFiles(files: FileSystem, layoutsDir: string): Promise<Map<string, string>> {
  const layouts = new Map<string, string>();
  for (const [entry, kind] of await files.readDirectory(layoutsDir)) {
    if (kind === 'file' && !layouts.has(parse(entry).name)) layouts.set(parse(entry).name, join(layoutsDir, entry));
  }
  return layouts;
}
