import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { validateDigest } from '../../../server/src/core/validate';
import { findPaperInPost, provideEntryToAdd } from '../../../server/src/lsp/features/arxivCommands';
import { post } from '../../helpers';
import { fillSnippet, koreanFill } from '../../snippetFill';
import { applied, openDigest } from './openDigest';

describe('Add Paper from arXiv, in the server', () => {
  it('finds the entry that already has the paper, whatever its version', () => {
    const text = post([{}, { id: '2510.26794v2' }]);
    const digest = openDigest(text);
    const heading = text.indexOf('# 2.');
    const range = {
      start: digest.document.positionAt(heading),
      end: digest.document.positionAt(text.indexOf('\n', heading)),
    };
    assert.deepEqual(findPaperInPost(digest, '2510.26794'), { id: '2510.26794', duplicateOf: { number: 2, range } });
    assert.equal(findPaperInPost(digest, '2510.11111'), undefined);
  });

  it('appends the numbered entry with the title and the id in both links, and the post stays valid once filled', () => {
    const digest = openDigest(post());
    const title = 'The Quest for Generalizable Motion Generation: Data, Model, and Evaluation';
    const answer = provideEntryToAdd(digest, '2510.26794', title);
    assert.deepEqual([answer.id, answer.number, answer.title, answer.version], ['2510.26794', 4, title, 1]);
    const added = applied(digest, [{ range: answer.range, newText: fillSnippet(answer.snippet, koreanFill) }]);
    assert.match(
      added,
      /\n\n# 4\. \[The Quest for Generalizable Motion Generation: Data, Model, and Evaluation\]\(https:\/\/arxiv\.org\/abs\/2510\.26794\)\n\n> \[Alphaxiv\]\(https:\/\/www\.alphaxiv\.org\/ko\/overview\/2510\.26794\)\n/,
    );
    assert.deepEqual(
      validateDigest(added, { fileName: '2025-10-31-daily-papers.md' }).diagnostics.map((d) => d.ruleId),
      [],
    );
  });
});
