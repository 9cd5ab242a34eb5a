import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver/node';
import { provideDocumentSymbols } from '../../../server/src/lsp/features/documentSymbols';
import { generatePost } from '../../generatedBlog';
import { EXAMPLE } from '../../helpers';
import { openDigest } from './openDigest';

describe('document symbols', () => {
  it('outlines the post: front matter with its fields, then "N. Title" papers with their id and sections', () => {
    const outline = provideDocumentSymbols(
      openDigest(generatePost(4, { date: '2023-01-08' })),
      true,
    ) as DocumentSymbol[];
    assert.deepEqual(
      outline.map((symbol) => [symbol.name, symbol.detail]),
      [
        ['Front matter', 'Daily Papers — 2023-01-08'],
        ['1. The Quest for Generalizable Motion Generation: Data, Model, and Evaluation', '2510.10000'],
        [
          '2. OmniLayout: Enabling Coarse-to-Fine Learning with LLMs for Universal Document Layout Generation',
          '2510.10001',
        ],
        ['3. POWSM: A Phonetic Open Whisper-Style Speech Foundation Model', '2510.10002'],
        ['4. The Quest for Generalizable Motion Generation: Data, Model, and Evaluation', '2510.10003'],
      ],
    );
    assert.deepEqual(
      outline[0].children?.map((field) => field.name),
      ['layout', 'title', 'date', 'tags', 'categories'],
    );
    assert.deepEqual(
      outline[2].children?.map((section) => section.name),
      ['Introduction', 'Method', 'Results', 'Limitations', 'Conclusion'],
    );
    assert.deepEqual(
      [outline[2].range.start, outline[2].selectionRange.start],
      [
        { line: 30, character: 0 },
        { line: 30, character: 6 },
      ],
    );
  });

  it('gives clients without hierarchical symbols every node, its parent as container', () => {
    const flat = provideDocumentSymbols(openDigest(EXAMPLE), false) as SymbolInformation[];
    const methods = flat.filter((symbol) => symbol.name === 'Method');
    assert.equal(methods.length, 3);
    assert.match(methods[2].containerName ?? '', /^3\. POWSM/);
    assert.equal(flat[0].name, 'Front matter');
    assert.equal(flat[0].containerName, undefined);
  });
});
