import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clipboardDefault } from '../../../client/src/commands/clipboardDefault';

const isArxivId = async (text: string) => /^\d{4}\.\d{4,5}$/.test(text);
const after = (ms: number, text: string) => () => new Promise<string>((resolve) => setTimeout(() => resolve(text), ms));

describe('the clipboard as the default of Add Paper from arXiv', () => {
  it('offers an arXiv reference the clipboard gives quickly', async () => {
    assert.equal(await clipboardDefault(async () => ' 2510.26794\n', isArxivId), '2510.26794');
    assert.equal(await clipboardDefault(after(20, '2510.26794'), isArxivId, 200), '2510.26794');
  });

  it('offers nothing when reading fails, takes too long, or gives something else', async () => {
    assert.equal(
      await clipboardDefault(() => Promise.reject(new Error('clipboard permission denied')), isArxivId),
      undefined,
    );
    const started = Date.now();
    assert.equal(
      await clipboardDefault(() => new Promise<string>(() => {}), isArxivId, 50),
      undefined,
      'a read that never answers',
    );
    assert.ok(Date.now() - started < 10_000, 'it does not wait for the read');
    assert.equal(await clipboardDefault(after(200, '2510.26794'), isArxivId, 20), undefined);
    assert.equal(await clipboardDefault(async () => '오늘 읽을 논문 목록', isArxivId), undefined);
    assert.equal(
      await clipboardDefault(
        async () => '2510.26794 '.repeat(40),
        async () => true,
      ),
      undefined,
      'too long to be one reference',
    );
  });
});
