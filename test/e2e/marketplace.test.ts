/**
 * The Marketplace page is the README inside the packaged .vsix: every image and every link into the repository
 * points at a file of the release's tag that exists, so the page has its pictures once that tag is published.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { releaseUrls } from '../../scripts/package.mjs';
import { REPO } from '../helpers';
import { VSIX } from './session';

/** The text of one file of a zip archive. */
function readZipEntry(zip: string, name: string): Promise<string> {
  return new Promise((resolve, reject) => {
    yauzl.open(zip, { lazyEntries: true }, (error, archive) => {
      if (error) return reject(error);
      archive.on('entry', (entry: yauzl.Entry) => {
        if (entry.fileName !== name) return archive.readEntry();
        archive.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('end', () => {
            archive.close();
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
        });
      });
      archive.on('end', () => reject(new Error(`${name} is not in ${zip}`)));
      archive.readEntry();
    });
  });
}

suite('The Marketplace page (the packaged README)', () => {
  let page: string;
  const { images, content } = releaseUrls();

  suiteSetup(async () => {
    page = await readZipEntry(VSIX, 'extension/readme.md');
  });

  test("every image is the release's own file, at its tag", () => {
    const sources = [...page.matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)].map((match) => match[1]);
    const ownImages = [...readFileSync(join(REPO, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\(([^)\s]+)/g)];
    assert.equal(sources.length, ownImages.length);
    assert.ok(sources.length >= 3, 'the page shows the editor, the snippet and the preview');
    for (const source of sources) {
      assert.ok(source.startsWith(images), `${source} is under ${images}`);
      assert.ok(existsSync(join(REPO, source.slice(images.length))), `${source} names a file of the repository`);
    }
  });

  test("every link into the repository is the release's own document, at its tag", () => {
    const targets = [...page.matchAll(/[^!]\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]);
    const relative = targets.filter((target) => !/^(https?:|#|mailto:)/.test(target));
    assert.deepEqual(relative, [], 'no link is left relative');
    const own = targets.filter((target) => target.startsWith(content));
    assert.ok(own.length > 0);
    for (const target of own) {
      const file = target.slice(content.length).replace(/#.*$/, '');
      assert.ok(existsSync(join(REPO, file)), `${target} names a file of the repository`);
    }
  });
});
