import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES } from '../../server/src/core/rules';
import { validateDigest } from '../../server/src/core/validate';
import { ruleDocumentationUrl, toDiagnostic } from '../../server/src/lsp/convert';
import { EXAMPLE, REPO } from '../helpers';

const BLOB = 'https://github.com/paper-digest/paper-digest/blob/main/';

describe('toDiagnostic', () => {
  it("links the code to its rule's page: the Problems panel shows it as a link", () => {
    const document = TextDocument.create('file:///blog/_posts/2025-10-31-daily-papers.md', 'markdown', 1, EXAMPLE);
    const [diagnostic] = validateDigest(EXAMPLE).diagnostics.map((d) => toDiagnostic(document, d));
    assert.equal(diagnostic.code, 'title-spacing');
    assert.deepEqual(diagnostic.codeDescription, { href: `${BLOB}docs/rules/title-spacing.md` });
  });

  it("links every rule to a page of the repository's docs/rules", () => {
    for (const rule of RULES) {
      const url = ruleDocumentationUrl(rule.id);
      assert.ok(url.startsWith(BLOB), url);
      assert.ok(existsSync(join(REPO, url.slice(BLOB.length))), url);
    }
  });
});
