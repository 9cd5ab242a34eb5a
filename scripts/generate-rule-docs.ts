// npm run rules: writes what the rule list documents (see ruleDocs.ts); test/ruleDocs.test.ts checks it is current.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPO, RULE_DOCS, ruleDocFiles } from './ruleDocs';

const files = ruleDocFiles();
mkdirSync(join(REPO, RULE_DOCS), { recursive: true });
for (const page of readdirSync(join(REPO, RULE_DOCS))) {
  if (!files.has(`${RULE_DOCS}/${page}`)) rmSync(join(REPO, RULE_DOCS, page));
}
for (const [file, text] of files) {
  mkdirSync(dirname(join(REPO, file)), { recursive: true });
  writeFileSync(join(REPO, file), text);
}
