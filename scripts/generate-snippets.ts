// npm run snippets: writes snippets/markdown.json from the digest schema (test/snippets.test.ts checks it is current).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { staticSnippetsJson } from '../server/src/core/authoring/staticSnippets';

writeFileSync(join(__dirname, '../snippets/markdown.json'), staticSnippetsJson());
