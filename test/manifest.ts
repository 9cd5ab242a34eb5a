import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './helpers';

/** package.nls.json, or package.nls.<language>.json: the manifest's strings by key. */
export function manifestStrings(language?: string): Record<string, string> {
  return JSON.parse(readFileSync(join(REPO, language ? `package.nls.${language}.json` : 'package.nls.json'), 'utf8'));
}

/** package.json as VS Code shows it: every `%key%` replaced by its text from package.nls.json (or a language's file). */
export function localizedManifest(language?: string) {
  const strings = manifestStrings(language);
  return JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'), (_, value) => {
    const key = typeof value === 'string' ? /^%(.+)%$/.exec(value)?.[1] : undefined;
    return key && key in strings ? strings[key] : value;
  });
}
