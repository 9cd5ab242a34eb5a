import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ContentBlock } from '../../server/src/protocol';
import { renderPostBody } from '../../server/src/render';
import { renderBlocks } from '../../server/src/render/contentBlocks';
import { markdownToHtml } from '../../server/src/render/markdown/pipeline';
import { splitFrontMatter } from '../../server/src/render/post';
import { JEKYLL_KRAMDOWN } from '../../server/src/render/site/kramdownSettings';
import { normaliseHtml } from './jekyllFidelity';

/** The post content HTML of a markdown body, as `--body` prints it, whitespace normalised. */
export async function body(markdown: string): Promise<string> {
  return normaliseHtml(await renderPostBody({ text: markdown, allowSite: false }));
}

const throwawayFolders: string[] = [];
process.once('exit', () => {
  for (const folder of throwawayFolders) rmSync(folder, { recursive: true, force: true });
});

/** A post whose front matter sets only the layout and `permalink`, and whose content is `text`. */
export function permalinkPost(permalink: string, text: string): string {
  return `---\nlayout: post\npermalink: ${permalink}\n---\n${text}\n`;
}

/** Two posts with one permalink: what `render --out` reports, and what Jekyll does with them. */
export const TWO_POSTS_ONE_PERMALINK = {
  '2025-10-31-first.md': permalinkPost('/same/', '첫 번째'),
  '2025-11-01-second.md': permalinkPost('/same/', '두 번째'),
};

/** A throwaway Jekyll site: a config, a `post` layout (`{{ content }}` unless given) and the posts, by file name. */
export function siteWith(posts: Record<string, string>, layout = '{{ content }}'): string {
  const files = Object.fromEntries(Object.entries(posts).map(([name, text]) => [`_posts/${name}`, text]));
  return folderWith({ '_config.yml': 'title: 연구 블로그\n', '_layouts/post.html': layout, ...files });
}

/** A throwaway folder with the given files (paths relative to it), removed when the test process exits. */
export function folderWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'paper-digest-render-'));
  throwawayFolders.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export const FRONT_MATTER = `---
layout: post
title: "Daily Papers — 2025-10-31"
date: 2025-10-31 08:15:00
tags: [papers, hugginface]
categories: []
---
`;

/**
 * The preview's content as its webview shows it: the blocks in order, `data-line` counted from the file's start, and
 * a line break between blocks as between the top-level elements of a whole render.
 */
export function shownContent(result: { blocks: ContentBlock[] }): string {
  return result.blocks
    .map((block) =>
      (block.html ?? '').replace(
        / data-line="(\d+)"/g,
        (_, line: string) => ` data-line="${block.line + Number(line)}"`,
      ),
    )
    .filter((html) => html !== '')
    .join('\n');
}

const LIMITS = { body: 1_000_000, block: 200_000 };

/** The preview content of a post in blocks, as the server renders it for the preview. */
export function blocksOf(text: string, document = 'post.md') {
  return renderedBlocksOf(text, document)?.blocks;
}

/** The same, for a page that shows nothing yet: it may stop after the blocks that start by `firstScreenEnd`. */
export function renderedBlocksOf(text: string, document: string, firstScreenEnd?: number) {
  const { body, bodyLine } = splitFrontMatter(text);
  return renderBlocks(document, {
    body,
    bodyLine,
    limits: LIMITS,
    markdown: { kramdown: JEKYLL_KRAMDOWN },
    context: '',
    firstScreenEnd,
  });
}

/** The whole body rendered at once, as the preview rendered it before it had blocks. */
export function whole(text: string): string {
  const { body, bodyLine } = splitFrontMatter(text);
  return markdownToHtml(body, { kramdown: JEKYLL_KRAMDOWN, firstLine: bodyLine });
}
