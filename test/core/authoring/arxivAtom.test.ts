import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { arxivRejection, readArxivAtom } from '../../../server/src/core/authoring/arxivAtom';
import { atomFixture } from '../../arxivFixtures';

describe('arXiv Atom answers', () => {
  it('give the title on one line, without the version of the id', () => {
    assert.deepEqual(readArxivAtom(atomFixture('2510.26794.xml'), '2510.26794'), {
      paper: { id: '2510.26794', title: 'The Quest for Generalizable Motion Generation: Data, Model, and Evaluation' },
    });
  });

  it('decode entities and accept https ids with a version', () => {
    assert.deepEqual(readArxivAtom(atomFixture('2510.24992.xml'), '2510.24992v2'), {
      paper: {
        id: '2510.24992',
        title: 'POWSM: A Phonetic Open Whisper-Style Speech Foundation Model & $\\mathcal{O}(n)$ {Costs}',
      },
    });
  });

  it("report arXiv's error entry (sent with HTTP 200) as a rejection with its reason", () => {
    assert.deepEqual(readArxivAtom(atomFixture('error-bad-id.xml'), '2513.12345'), {
      error: 'arXiv rejected the request: incorrect id format for 2513.12345.',
    });
    assert.equal(arxivRejection(atomFixture('error-bad-id.xml')), 'incorrect id format for 2513.12345');
    assert.equal(arxivRejection(atomFixture('2510.26794.xml')), undefined);
    assert.equal(arxivRejection('Rate exceeded.'), undefined);
  });

  it('say when arXiv has no such paper, or answers for another one', () => {
    assert.deepEqual(readArxivAtom(atomFixture('no-results.xml'), '2510.99999'), {
      error: 'arXiv has no paper 2510.99999.',
    });
    assert.deepEqual(readArxivAtom(atomFixture('2510.26794.xml'), '2510.11111'), {
      error: 'arXiv has no paper 2510.11111.',
    });
  });

  it('reject malformed XML, plain text and XML that is not a feed', () => {
    assert.match(
      (readArxivAtom(atomFixture('malformed.xml'), '2510.26794') as { error: string }).error,
      /^arXiv's answer is not valid XML \(.+, line \d+\)\.$/,
    );
    assert.deepEqual(readArxivAtom('Rate exceeded.', '2510.26794'), {
      error: 'arXiv answered with text instead of an Atom feed: "Rate exceeded.".',
    });
    assert.deepEqual(readArxivAtom('<html><body>502</body></html>', '2510.26794'), {
      error: "arXiv's answer is not an Atom feed.",
    });
    assert.deepEqual(readArxivAtom('', '2510.26794'), {
      error: 'arXiv answered with text instead of an Atom feed: "".',
    });
  });

  it('say when the entry has an empty title', () => {
    const empty = atomFixture('2510.26794.xml').replace(/<title>The Quest[\s\S]*?<\/title>/, '<title>  </title>');
    assert.deepEqual(readArxivAtom(empty, '2510.26794'), { error: "arXiv's entry for 2510.26794 has no title." });
  });
});
