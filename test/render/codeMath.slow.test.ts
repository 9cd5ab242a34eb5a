import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO } from '../helpers';
import { compareCodeBlocks, languageShares } from './codeBlockFidelity';
import { comparePages, jekyllVersion, writeReport } from './jekyllFidelity';

/**
 * Code as an author pastes it (a post per language, several realistic snippets each, fenced with ``` and ~~~, with
 * and without a language, with IALs, indented, code spans with a language) and math (a post of kramdown's `$$`
 * forms), built by Debian's Jekyll with Rouge and kramdown's MathJax engine.
 */
const SITE = join(REPO, 'test/fixtures/kramdown-code');

describe('code colouring and math against Jekyll', () => {
  it('has Jekyll to compare with', () => {
    assert.ok(jekyllVersion(), 'jekyll is not installed: run scripts/debian-packages.sh');
  });

  it('renders each code and math post exactly as Jekyll does', async () => {
    const comparisons = await comparePages(SITE);
    writeReport(comparisons, (line) => console.log(line));
    assert.ok(comparisons.length >= 10);
    assert.deepEqual(
      comparisons.filter((c) => !c.equal).map((c) => c.post),
      [],
    );
  });

  it("colours every code block with Rouge's tokens, language by language", async () => {
    const blocks = await compareCodeBlocks(SITE);
    const shares = languageShares(blocks);
    for (const { language, equal, total } of shares) console.log(`${language}: ${equal}/${total} blocks equal`);
    assert.ok(blocks.length >= 40);
    assert.deepEqual(
      blocks.filter((block) => !block.equal).map((block) => `${block.post} ${block.language}`),
      [],
    );
  });
});
