import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  KEPT_FILE_BYTES,
  KEPT_PAGES,
  KeptPages,
  ShownPage,
  type KeptFolder,
  type PageContext,
  type WholePage,
} from '../../../client/src/preview/keptPages';
import type { RenderResult } from '../../../server/src/protocol';

/** A folder in memory, whose files' times are the order they were written in. */
function memoryFolder() {
  const files = new Map<string, { data: Uint8Array; mtime: number }>();
  let clock = 0;
  const folder: KeptFolder = {
    list: async () => [...files].map(([name, { data, mtime }]) => ({ name, mtime, size: data.length })),
    read: async (name) => files.get(name)?.data ?? Promise.reject(new Error(`no ${name}`)),
    write: async (name, data) => void files.set(name, { data, mtime: ++clock }),
    delete: async (name) => void files.delete(name),
  };
  return { folder, files };
}

const CONTEXT: PageContext = {
  extensionVersion: '1.2.3',
  language: 'ko',
  trusted: true,
  remoteContent: false,
  resourceRoots: [{ path: '/blog', webviewUri: 'https://file.vscode-resource/blog' }],
};

function page(title: string, css = 'body { color: navy }'): WholePage {
  return {
    title,
    blocks: [
      { key: 'intro', line: 5, html: `<p data-line="0">${title}</p>` },
      { key: 'paper-1', line: 9, html: '<h1 data-line="0">1. 논문</h1>' },
    ],
    complete: true,
    chromeKey: `chrome-${title}`,
    chrome: { before: '<main>', after: '</main>', bodyClass: 'post' },
    stylesKey: `styles-${css}`,
    styles: { styles: [{ css }] },
    theme: 'site',
    notes: [],
  };
}

const POST = 'file:///blog/_posts/2025-10-31-daily-papers.md';
const TEXT = '---\ntitle: Daily Papers — 2025-10-31\n---\n# 1. 논문\n';

describe('ShownPage', () => {
  it('makes the whole page of a render that leaves out what the webview holds', () => {
    const shown = new ShownPage();
    const first = page('첫 페이지');
    assert.deepEqual(shown.add(first), { ...first, version: undefined });
    const next: RenderResult = {
      ...first,
      version: 7,
      chrome: undefined,
      styles: undefined,
      blocks: [
        { key: 'intro', line: 5 },
        { key: 'paper-2', line: 12, html: '<h1>2.</h1>' },
      ],
    };
    assert.deepEqual(shown.add(next)?.blocks, [first.blocks[0], { key: 'paper-2', line: 12, html: '<h1>2.</h1>' }]);
  });

  it('makes no page when a part left out was never sent', () => {
    const shown = new ShownPage();
    const first = page('첫 페이지');
    shown.add(first);
    assert.equal(shown.add({ ...first, blocks: [{ key: 'elsewhere', line: 5 }] }), undefined);
    assert.equal(shown.add({ ...first, chrome: undefined, chromeKey: 'another' }), undefined);
    assert.equal(new ShownPage().add({ ...first, styles: undefined }), undefined);
  });
});

describe('KeptPages', () => {
  it('gives back the page kept for the same text in the same context, styles and all', async () => {
    const pages = new KeptPages(memoryFolder().folder);
    await pages.keep(POST, TEXT, CONTEXT, page('포스트'));
    assert.deepEqual(await pages.find(POST, TEXT, CONTEXT), page('포스트'));
  });

  it('gives nothing for another text, another context or another post', async () => {
    const pages = new KeptPages(memoryFolder().folder);
    await pages.keep(POST, TEXT, CONTEXT, page('포스트'));
    assert.equal(await pages.find(POST, `${TEXT}\n고친 줄\n`, CONTEXT), undefined);
    assert.equal(await pages.find(POST, TEXT, { ...CONTEXT, language: 'en' }), undefined);
    assert.equal(await pages.find(POST, TEXT, { ...CONTEXT, trusted: false }), undefined);
    assert.equal(await pages.find(POST, TEXT, { ...CONTEXT, extensionVersion: '1.2.4' }), undefined);
    assert.equal(await pages.find(`${POST}x`, TEXT, CONTEXT), undefined);
  });

  it('waits for the pages being kept before it looks', async () => {
    const pages = new KeptPages(memoryFolder().folder);
    void pages.keep(POST, TEXT, CONTEXT, page('포스트'));
    assert.equal((await pages.find(POST, TEXT, CONTEXT))?.title, '포스트');
  });

  it('keeps one page a post, the newest, and one copy of styles pages share', async () => {
    const { folder, files } = memoryFolder();
    const pages = new KeptPages(folder);
    await pages.keep(POST, TEXT, CONTEXT, page('처음', 'a {}'));
    await pages.keep(`${POST}2`, TEXT, CONTEXT, page('다른 포스트', 'b {}'));
    await pages.keep(POST, `${TEXT}!`, CONTEXT, page('나중', 'b {}'));
    assert.equal(await pages.find(POST, TEXT, CONTEXT), undefined);
    assert.equal((await pages.find(POST, `${TEXT}!`, CONTEXT))?.title, '나중');
    const names = [...files.keys()];
    assert.equal(names.filter((name) => name.endsWith('.page.json')).length, 2);
    assert.equal(names.filter((name) => name.endsWith('.styles.json')).length, 1, 'the styles no page has are gone');
  });

  it(`keeps at most ${KEPT_PAGES} pages, dropping the oldest`, async () => {
    const { folder, files } = memoryFolder();
    const pages = new KeptPages(folder);
    for (let i = 0; i < KEPT_PAGES + 5; i++) await pages.keep(`${POST}${i}`, TEXT, CONTEXT, page(`${i}`, `p${i} {}`));
    assert.equal([...files.keys()].filter((name) => name.endsWith('.page.json')).length, KEPT_PAGES);
    assert.equal([...files.keys()].filter((name) => name.endsWith('.styles.json')).length, KEPT_PAGES);
    for (let i = 0; i < 5; i++) assert.equal(await pages.find(`${POST}${i}`, TEXT, CONTEXT), undefined);
    assert.equal((await pages.find(`${POST}${KEPT_PAGES + 4}`, TEXT, CONTEXT))?.title, `${KEPT_PAGES + 4}`);
    assert.equal((await pages.find(`${POST}5`, TEXT, CONTEXT))?.title, '5');
  });

  it('neither keeps nor reads a file heavier than the bound', async () => {
    const { folder, files } = memoryFolder();
    const pages = new KeptPages(folder);
    await pages.keep(POST, TEXT, CONTEXT, page('무거운', 'x'.repeat(KEPT_FILE_BYTES)));
    assert.equal(files.size, 0);
    await pages.keep(POST, TEXT, CONTEXT, page('포스트'));
    const [name, file] = [...files].find(([kept]) => kept.endsWith('.page.json'))!;
    files.set(name, { ...file, data: new Uint8Array(KEPT_FILE_BYTES + 1).fill(32) });
    assert.equal(await pages.find(POST, TEXT, CONTEXT), undefined);
  });

  it('shows nothing of a damaged or missing file, and a missing folder is no page', async () => {
    const { folder, files } = memoryFolder();
    const pages = new KeptPages(folder);
    assert.equal(
      await new KeptPages({ ...folder, list: () => Promise.reject(new Error('no folder')) }).find(POST, TEXT, CONTEXT),
      undefined,
    );
    await pages.keep(POST, TEXT, CONTEXT, page('포스트'));
    const [pageName, pageFile] = [...files].find(([name]) => name.endsWith('.page.json'))!;
    const [stylesName, stylesFile] = [...files].find(([name]) => name.endsWith('.styles.json'))!;
    const damaged = (data: Uint8Array) => ({ ...pageFile, data });
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    for (const data of [
      encode('{"key":'),
      encode(null),
      encode({ key: 'x', page: { title: 1 } }),
      new Uint8Array(pageFile.data.subarray(0, pageFile.data.length - 2)),
    ]) {
      files.set(pageName, damaged(data));
      assert.equal(await pages.find(POST, TEXT, CONTEXT), undefined);
    }
    const kept = JSON.parse(new TextDecoder().decode(pageFile.data)) as { page: { blocks: unknown[] } };
    kept.page.blocks.push({ key: 'no html', line: 3 });
    files.set(pageName, damaged(encode(kept)));
    assert.equal(await pages.find(POST, TEXT, CONTEXT), undefined);
    files.set(pageName, pageFile);
    files.set(stylesName, { ...stylesFile, data: encode({ stylesKey: 'another', styles: { styles: [] } }) });
    assert.equal(await pages.find(POST, TEXT, CONTEXT), undefined, 'styles of another key');
    files.delete(stylesName);
    assert.equal(await pages.find(POST, TEXT, CONTEXT), undefined, 'styles gone');
  });
});
