import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDigest } from '../../../server/src/core/parseDigest';
import { fileTooLarge } from '../../../server/src/core/rules/fileTooLarge';
import { DEFAULT_SCHEMA } from '../../../server/src/core/schema';
import { check, EXAMPLE } from '../../helpers';

describe('file-too-large', () => {
  it('says nothing about a post of normal size', () => assert.deepEqual(check(fileTooLarge, EXAMPLE), []));
  it('notes a post read only up to its front matter', () => {
    const model = parseDigest(EXAMPLE, DEFAULT_SCHEMA, 1000);
    const [finding] = fileTooLarge.check({ model, schema: DEFAULT_SCHEMA, eol: '\n' });
    assert.equal(
      finding.message,
      `This post has ${EXAMPLE.length.toLocaleString('en-US')} characters, more than paperDigest.maxFileSize: only its front matter is checked.`,
    );
    assert.deepEqual(model.papers, []);
  });
});
