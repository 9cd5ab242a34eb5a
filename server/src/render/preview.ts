// The preview's render: the post content in blocks with `data-line` on their elements, and the page around it (the
// chrome) cut at the content, sanitized, with the stylesheets the page links to. The chrome only changes with the
// front matter or the site's files, so it is rendered once per change; as you type, only the blocks that changed are
// rendered and sent.
import * as l10n from '@vscode/l10n';
import type { RenderResult, ResourceRoot, ShownPreview } from '../protocol/render';
import { renderBlocks, type RenderedBlocks } from './contentBlocks';
import { sha1Hex } from './digests';
import { renderChrome, type ChromeStyle, type RenderedChrome } from './previewChrome';
import { Resources } from './previewResources';
import { preparePost, renderContent, type PostSource, type PreparedPost } from './renderPost';

export interface PreviewOptions {
  resourceRoots: ResourceRoot[];
  /** Whether the page may link stylesheets and fonts on the internet (the layouts' own, with their integrity). */
  remoteContent?: boolean;
  /** What the preview shows already. */
  shown?: ShownPreview;
  /** The editor's top line, for a page that shows no content yet: the answer may stop a screenful below it. */
  viewLine?: number;
}

/** Beyond this many characters (a dozen times the longest real digest) a post rendered whole shows its start only:
 * remark's parse time grows faster than the text, and the preview must keep up with typing. */
export const PREVIEW_LIMIT = 200_000;
/** Rendered in parts, a post may be longer (each part is parsed on its own), as long as no one part passes the limit. */
const PARTS_LIMIT = 5 * PREVIEW_LIMIT;
/**
 * How far below the editor's top line a first answer renders at least: about one screen of the editor, more than the
 * preview's screen shows (its text is set larger, with the headings' spacing). A post of hundreds of papers shows its
 * first screen in the time of a few papers.
 */
const FIRST_SCREEN_LINES = 50;
const CHROME_CACHE_SIZE = 8;
const chromes = new Map<string, RenderedChrome & { stylesKey: string }>();

/**
 * The post's part of a preview answer: its stylesheets as the page links them, those the site builds from Sass only
 * named (the site's job builds them), all of them every time (the caller knows which the preview holds).
 */
export interface RenderedPreview extends Omit<RenderResult, 'version' | 'styles' | 'stylesLoading'> {
  styles: ChromeStyle[];
  /** Names `styles` as listed here (not what the site builds of them). */
  stylesKey: string;
}

export async function renderPreview(source: PostSource, options: PreviewOptions): Promise<RenderedPreview> {
  const prepared = await preparePost(source, true);
  const resources = new Resources(options.resourceRoots, prepared.site, source.filePath);
  const firstScreenEnd = options.viewLine === undefined ? undefined : options.viewLine + FIRST_SCREEN_LINES;
  const { blocks, complete } = await contentBlocks(prepared, source, resources, firstScreenEnd);
  const remoteContent = options.remoteContent === true;
  const chromeKey = sha1Hex(
    JSON.stringify([
      source.filePath,
      source.allowSite,
      prepared.site?.signature,
      prepared.post.frontMatter,
      options.resourceRoots,
      remoteContent,
    ]),
  );
  let cached = chromes.get(chromeKey);
  if (!cached) {
    const rendered = await renderChrome(prepared, resources, remoteContent);
    cached = { ...rendered, stylesKey: sha1Hex(JSON.stringify(rendered.styles)) };
    chromes.set(chromeKey, cached);
    if (chromes.size > CHROME_CACHE_SIZE) chromes.delete(chromes.keys().next().value!);
  }
  const { shown } = options;
  const held = new Set(shown?.blockKeys);
  return {
    title: prepared.post.title,
    blocks: blocks.map((block) => (held.has(block.key) ? { key: block.key, line: block.line } : block)),
    complete,
    chromeKey,
    chrome: shown?.chromeKey === chromeKey ? undefined : cached.chrome,
    styles: cached.styles,
    stylesKey: cached.stylesKey,
    theme: cached.theme,
    notes: [...cached.notes, ...prepared.notes],
  };
}

/** The post content in blocks, or as one block when its parts cannot be rendered apart. */
async function contentBlocks(
  prepared: PreparedPost,
  source: PostSource,
  resources: Resources,
  firstScreenEnd: number | undefined,
): Promise<RenderedBlocks> {
  const { body, bodyLine } = prepared.post;
  const inParts = renderBlocks(source.filePath ?? '', {
    body,
    bodyLine,
    limits: { body: PARTS_LIMIT, block: PREVIEW_LIMIT },
    markdown: { kramdown: prepared.settings, resolveImage: resources.image },
    context: JSON.stringify([prepared.settings, resources.key]),
    firstScreenEnd,
  });
  if (inParts) return inParts;
  const html = await renderContent(withinPreviewLimit(prepared), { firstLine: 0, resolveImage: resources.image });
  return { blocks: [{ key: sha1Hex(html).slice(0, 20), line: bodyLine, html }], complete: true };
}

function withinPreviewLimit(prepared: PreparedPost): PreparedPost {
  const { body } = prepared.post;
  if (body.length <= PREVIEW_LIMIT) return prepared;
  const cut = body.lastIndexOf('\n', PREVIEW_LIMIT) + 1 || PREVIEW_LIMIT;
  prepared.notes.push(
    l10n.t(
      'The post is {0} kB long; the preview shows its first {1} kB.',
      Math.round(body.length / 1000),
      Math.round(cut / 1000),
    ),
  );
  return { ...prepared, post: { ...prepared.post, body: body.slice(0, cut) } };
}
