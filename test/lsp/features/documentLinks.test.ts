import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { provideDocumentLinks } from '../../../server/src/lsp/features/documentLinks';
import { generatePost } from '../../generatedBlog';
import { openDigest } from './openDigest';

describe('document links', () => {
  it("links each paper's arXiv and alphaXiv URL, saying which paper it opens", () => {
    const text = generatePost(4);
    const links = provideDocumentLinks(openDigest(text));
    assert.equal(links.length, 8);
    const lines = text.split('\n');
    const arxiv = 'https://arxiv.org/abs/2510.10000';
    const alphaxiv = 'https://www.alphaxiv.org/ko/overview/2510.10000';
    const at = (line: number, url: string) => ({
      start: { line, character: lines[line].indexOf(url) },
      end: { line, character: lines[line].indexOf(url) + url.length },
    });
    assert.deepEqual(
      links.slice(0, 2).map((link) => [link.target, link.tooltip, link.range]),
      [
        [
          arxiv,
          'arXiv 2510.10000: The Quest for Generalizable Motion Generation: Data, Model, and Evaluation',
          at(9, arxiv),
        ],
        [alphaxiv, 'alphaXiv overview of 2510.10000 (ko)', at(11, alphaxiv)],
      ],
    );
  });
});
