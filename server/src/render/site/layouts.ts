// Jekyll's layout chain: the post names a layout, each layout may name the next (`post` → `default`). Layouts are found
// by name whatever their extension (`post.html`, or `post.liquid` as in al-folio).
import { readdirSync, readFileSync } from 'node:fs';
import { join, parse } from 'node:path';
import { splitFrontMatter } from '../post';

export interface Layout {
  name: string;
  template: string;
  frontMatter: Record<string, unknown>;
}

const MAX_DEPTH = 10;

/** The layouts from `first` outwards; stops at a missing layout or a loop. */
export function layoutChain(layoutsDir: string, first: unknown): Layout[] {
  const files = layoutFiles(layoutsDir);
  const chain: Layout[] = [];
  for (let name = first; typeof name === 'string' && chain.length < MAX_DEPTH; ) {
    const file = files.get(name);
    const text = file && !chain.some((layout) => layout.name === name) ? readable(file) : undefined;
    if (text === undefined) break;
    const { frontMatter, body } = splitFrontMatter(text);
    chain.push({ name, template: body, frontMatter });
    name = frontMatter.layout;
  }
  return chain;
}

function readable(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function layoutFiles(layoutsDir: string): Map<string, string> {
  const files = new Map<string, string>();
  try {
    for (const entry of readdirSync(layoutsDir, { withFileTypes: true })) {
      if (entry.isFile() && !files.has(parse(entry.name).name)) files.set(parse(entry.name).name, join(layoutsDir, entry.name));
    }
  } catch {
    // No layouts folder: no layouts.
  }
  return files;
}
