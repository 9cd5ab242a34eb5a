// Jekyll's layout chain: the post names a layout, each layout may name the next (`post` → `default`). Layouts are found
// by name whatever their extension (`post.html`, or `post.liquid` as in al-folio).
import { join, parse } from 'node:path';
import { readText, type FileSystem } from '../../core/fileSystem';
import { splitFrontMatter } from '../post';

export interface Layout {
  name: string;
  template: string;
  frontMatter: Record<string, unknown>;
}

const MAX_DEPTH = 10;

/** The layouts from `first` outwards; stops at a missing layout or a loop. */
export async function layoutChain(files: FileSystem, layoutsDir: string, first: unknown): Promise<Layout[]> {
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
