import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { TextEdit } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDigest } from '../../../server/src/core/parseDigest';
import { provideDocumentStatus, provideMove, provideRenumbering } from '../../../server/src/lsp/features/paperCommands';
import type { DocumentEdits } from '../../../server/src/protocol';
import { post } from '../../helpers';
import { applied, openDigest } from './openDigest';

describe('paper commands', () => {
  it('tells the client a post is a digest and where its first title is', () => {
    assert.deepEqual(provideDocumentStatus(openDigest(post())), {
      isDigest: true,
      firstTitle: { start: { line: 8, character: 6 }, end: { line: 8, character: 57 } },
    });
    assert.deepEqual(provideDocumentStatus(undefined), { isDigest: false });
  });

  it('renumbers the papers in one set of edits, and says when there is nothing to do', () => {
    const digest = openDigest(post([{ number: 1 }, { number: 5 }, { number: 9 }]));
    const answer = provideRenumbering(digest);
    assert.equal(answer.version, 1);
    const renumbered = applied(digest, answer.edits);
    assert.deepEqual(
      parseDigest(renumbered).papers.map((paper) => paper.heading.number?.value),
      [1, 2, 3],
    );
    assert.deepEqual(provideRenumbering(openDigest(renumbered)), {
      version: 1,
      edits: [],
      message: 'The papers are already numbered 1 to 3.',
    });
  });

  it('moves the paper at the cursor down with one edit and puts the cursor back on it', () => {
    const text = post();
    const digest = openDigest(text);
    const answer = provideMove(digest, digest.document.positionAt(text.indexOf('# 1.') + 2), 'down') as DocumentEdits;
    assert.equal(answer.edits.length, 1);
    const moved = applied(digest, answer.edits as TextEdit[]);
    assert.deepEqual(
      parseDigest(moved).papers.map((paper) => [paper.heading.number?.value, paper.heading.arxivId?.value]),
      [
        [1, '2510.26002'],
        [2, '2510.26001'],
        [3, '2510.26003'],
      ],
    );
    const cursor = TextDocument.create('file:///moved.md', 'markdown', 2, moved).offsetAt(answer.cursor!);
    assert.equal(moved.slice(cursor - 2, cursor + 2), '# 2.');
    assert.deepEqual(provideMove(digest, digest.document.positionAt(3), 'up'), {
      error: 'Put the cursor inside a paper entry to move it.',
    });
  });
});
