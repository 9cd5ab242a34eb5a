// Compares each coloured code block (kramdown's `div.highlighter-rouge`, the highlight tag's `figure.highlight`) of a site's posts as Jekyll builds them with ours, block
// by block, and tells each language's share of equal blocks. Used by the code fidelity test and
// scripts/jekyll-fidelity.ts --code.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, serializeOuter, type DefaultTreeAdapterMap } from 'parse5';
import { renderPostPage } from '../../server/src/render';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { buildWithJekyll, builtPostFile, lineDifference, normalisedBody } from './jekyllFidelity';

type Element = DefaultTreeAdapterMap['element'];

export interface BlockComparison {
  post: string;
  language: string;
  equal: boolean;
  difference: string[];
}

export interface LanguageShare {
  language: string;
  equal: number;
  total: number;
}

export async function compareCodeBlocks(site: string): Promise<BlockComparison[]> {
  const out = mkdtempSync(join(tmpdir(), 'paper-digest-jekyll-'));
  try {
    buildWithJekyll(site, out);
    const comparisons: BlockComparison[] = [];
    for (const post of readdirSync(join(site, '_posts')).sort()) {
      const filePath = join(site, '_posts', post);
      const jekyll = codeBlocks(readFileSync(await builtPostFile(site, out, post), 'utf8'));
      const ours = codeBlocks(
        await renderPostPage({
          text: readFileSync(filePath, 'utf8'),
          filePath,
          allowSite: true,
          files: nodeFileSystem,
        }),
      );
      jekyll.forEach((block, i) => {
        const difference = lineDifference(block.lines, ours[i]?.lines ?? []);
        comparisons.push({ post, language: block.language, equal: difference.length === 0, difference });
      });
    }
    return comparisons;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** Each language's equal blocks over its blocks, most blocks first. */
export function languageShares(comparisons: BlockComparison[]): LanguageShare[] {
  const shares = new Map<string, LanguageShare>();
  for (const { language, equal } of comparisons) {
    const share = shares.get(language) ?? { language, equal: 0, total: 0 };
    share.total++;
    if (equal) share.equal++;
    shares.set(language, share);
  }
  return [...shares.values()].sort((a, b) => b.total - a.total || a.language.localeCompare(b.language));
}

function codeBlocks(html: string): { language: string; lines: string[] }[] {
  const blocks: { language: string; lines: string[] }[] = [];
  const visit = (node: DefaultTreeAdapterMap['parentNode']) => {
    for (const child of node.childNodes) {
      if (!('tagName' in child)) continue;
      const language = blockLanguage(child);
      if (language === undefined) visit(child);
      else blocks.push({ language, lines: normalisedBody(`<body>${serializeOuter(child)}</body>`) });
    }
  };
  visit(parse(html));
  return blocks;
}

/** The language of a coloured code block (the tag's as written in `data-lang`), or undefined for other elements. */
function blockLanguage(element: Element): string | undefined {
  const className = attribute(element, 'class') ?? '';
  if (element.tagName === 'div' && className.includes('highlighter-rouge'))
    return /language-(\S+)/.exec(className)?.[1] ?? '';
  if (element.tagName === 'figure' && className === 'highlight') {
    const pre = element.childNodes.find((child) => 'tagName' in child);
    const code = pre && 'childNodes' in pre ? pre.childNodes.find((child) => 'tagName' in child) : undefined;
    return code && 'tagName' in code ? (attribute(code, 'data-lang') ?? '') : '';
  }
  return undefined;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((each) => each.name === name)?.value;
}
