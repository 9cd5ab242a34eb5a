import { DEFAULT_SCHEMA, type DigestSchema } from '../schema';
import { paperEntry } from './entry';
import { DEFAULT_POST_TEMPLATE, newPostSnippet } from './newPost';
import { DIGEST_PREFIX, PAPER_LABEL } from '../../protocol/snippetPrefixes';

/** One snippet of a VS Code snippets file. */
export interface SnippetDefinition {
  prefix: string;
  description: string;
  body: string[];
}

/**
 * The static snippets (snippets/markdown.json), written from the schema so that the file and the
 * language server's entries never disagree. They serve markdown files that are not digests yet; in a
 * digest the language server's `paper` completion, numbered, takes their place.
 */
export function staticSnippets(schema: DigestSchema = DEFAULT_SCHEMA): Record<string, SnippetDefinition> {
  const entry = paperEntry(schema, { alphaxivLanguage: schema.defaultAlphaxivLanguage }, '\n');
  return {
    'Paper entry': {
      prefix: PAPER_LABEL,
      description:
        'A whole paper entry: numbered arXiv heading, alphaXiv line and every section (the id is typed once)',
      body: entry.snippet().split('\n'),
    },
    'Digest post': {
      prefix: DIGEST_PREFIX,
      description: 'A new Daily Papers post dated today: front matter with the usual tags, then paper 1',
      body: newPostSnippet(schema, DEFAULT_POST_TEMPLATE).snippet().split('\n'),
    },
  };
}

export function staticSnippetsJson(): string {
  return `${JSON.stringify(staticSnippets(), null, 2)}\n`;
}
