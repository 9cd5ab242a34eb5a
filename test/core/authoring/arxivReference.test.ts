import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArxivReference } from '../../../server/src/core/authoring/arxivReference';
import { DEFAULT_SCHEMA } from '../../../server/src/core/schema';

const idOf = (input: string) => parseArxivReference(input, DEFAULT_SCHEMA);

describe('arXiv ids and URLs the user types or pastes', () => {
  for (const [input, id] of [
    ['2510.26794', '2510.26794'],
    ['  2510.26794v2 ', '2510.26794'],
    ['arXiv:2510.26794', '2510.26794'],
    ['hep-th/9901001', 'hep-th/9901001'],
    ['https://arxiv.org/abs/2510.26794', '2510.26794'],
    ['https://arxiv.org/abs/2510.26794v3', '2510.26794'],
    ['http://export.arxiv.org/abs/hep-th/9901001v1', 'hep-th/9901001'],
    ['https://arxiv.org/pdf/2510.26794', '2510.26794'],
    ['https://arxiv.org/pdf/2510.26794v1.pdf', '2510.26794'],
    ['arxiv.org/abs/2510.26794', '2510.26794'],
    ['https://www.alphaxiv.org/ko/overview/2510.26794', '2510.26794'],
    ['https://www.alphaxiv.org/overview/2510.26794v2', '2510.26794'],
    ['https://alphaxiv.org/abs/2510.26794', '2510.26794'],
    ['https://huggingface.co/papers/2510.26794', '2510.26794'],
    ['https://huggingface.co/papers/2510.26794#community', '2510.26794'],
    ['hf.co/papers/2510.26794', '2510.26794'],
  ]) {
    it(`reads ${input.trim()}`, () => assert.deepEqual(idOf(input), { id }));
  }

  it('explains what it accepts when the input is empty, not an id, or a link to something else', () => {
    assert.match(
      (idOf('   ') as { error: string }).error,
      /^Enter an arXiv id \(2510\.26794\) or an arXiv abs\/pdf, alphaXiv or Hugging Face papers URL\.$/,
    );
    assert.match((idOf('2510.2679') as { error: string }).error, /`2510\.2679` is not a valid arXiv id/);
    assert.match((idOf('2513.12345') as { error: string }).error, /not a valid arXiv id/);
    assert.match((idOf('https://github.com/owner/repo') as { error: string }).error, /is not a link to a paper/);
    assert.match((idOf('https://huggingface.co/datasets/x') as { error: string }).error, /is not a link to a paper/);
    assert.match(
      (idOf('https://arxiv.org/abs/9999.99999') as { error: string }).error,
      /`9999\.99999` in that link is not a valid arXiv id/,
    );
    assert.match((idOf('javascript:alert(1)/x') as { error: string }).error, /is not an arXiv id/);
    assert.ok('error' in idOf('https://arxiv.org/abs/%E0%A4%A'));
  });

  it('follows the alphaXiv host of the schema', () => {
    const schema = { ...DEFAULT_SCHEMA, alphaxivHost: 'alphaxiv.example' };
    assert.deepEqual(parseArxivReference('https://alphaxiv.example/overview/2510.26794', schema), { id: '2510.26794' });
  });
});
