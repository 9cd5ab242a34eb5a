// dist/render.js asks the web worker for `node:crypto` and `node:path`: what it gets must digest and join as Node does.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { describe, it } from 'node:test';
import { RENDERER_MODULES } from '../../../server/src/lsp/browser/rendererModules';

const crypto = RENDERER_MODULES['node:crypto'] as { createHash: typeof createHash };
const path = RENDERER_MODULES['node:path'] as typeof posix;

describe('the Node modules the renderer gets in the web worker', () => {
  it("digests text and bytes as Node does (the preview's keys, al-folio's cache busting)", () => {
    const text = '# 1. [POWSM: 음성 기초 모델](https://arxiv.org/abs/2510.24992)\n';
    const bytes = [new TextEncoder().encode('@import "main";\n'), new Uint8Array([0, 255, 128]), new Uint8Array()];
    assert.equal(crypto.createHash('sha1').update(text).digest('hex'), createHash('sha1').update(text).digest('hex'));
    const ours = crypto.createHash('md5');
    const node = createHash('md5');
    for (const part of bytes) {
      ours.update(part);
      node.update(part);
    }
    assert.equal(ours.digest('hex'), node.digest('hex'));
  });

  it('joins and splits paths as Node does on POSIX (the fsPaths of a virtual workspace)', () => {
    const post = '/paper-digest/blog/_posts/2025-10-31-daily-papers.md';
    assert.equal(path.join(path.dirname(post), '../_layouts'), posix.join(posix.dirname(post), '../_layouts'));
    assert.equal(path.relative('/paper-digest/blog', post), posix.relative('/paper-digest/blog', post));
    assert.deepEqual(path.parse(post), posix.parse(post));
    assert.equal(path.sep, '/');
  });
});
