/**
 * The language of every user-facing string the core and the server write (diagnostic messages, fix
 * titles, command answers). Strings are marked with `l10n.t('English text {0}', arg)` from
 * `@vscode/l10n`: English unless a translation bundle was loaded. The language server picks the
 * bundle from the editor's locale (`InitializeParams.locale`), the CLI from `--lang` or the environment.
 * Bundles are the extension's `l10n/bundle.l10n.<language>.json`, shared with the VS Code client.
 */
import * as l10n from '@vscode/l10n';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The extension's `l10n/` folder: beside `dist/` when bundled, at the repository root when run from source. */
const BUNDLE_DIR = join(packageRoot(__dirname), 'l10n');

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return from;
  }
}

/** `ko-KR`, `ko_KR.UTF-8` → [`ko-kr`, `ko`]: the bundles to try, most specific first. */
function languageCandidates(locale: string): string[] {
  const tag = locale.split('.')[0].replace(/_/g, '-').toLowerCase();
  const parts = tag.split('-');
  return parts
    .map((_, index) => parts.slice(0, parts.length - index).join('-'))
    .filter((candidate) => /^[a-z]{2,3}(-[a-z0-9]+)*$/.test(candidate));
}

/**
 * Uses the bundle in `bundleDir` that matches `locale`, or English when there is none. Returns the
 * language now in use (`en` for English).
 */
export function useLanguage(locale: string | undefined, bundleDir = BUNDLE_DIR): string {
  for (const language of languageCandidates(locale ?? '')) {
    const bundle = join(bundleDir, `bundle.l10n.${language}.json`);
    if (!existsSync(bundle)) continue;
    translations = JSON.parse(readFileSync(bundle, 'utf8')) as Translations;
    l10n.config({ contents: translations });
    return (languageInUse = language);
  }
  translations = {};
  l10n.config({ contents: translations });
  return (languageInUse = 'en');
}

/** English text → its translation, as the bundles hold them. */
export type Translations = Record<string, string>;

let languageInUse = 'en';
let translations: Translations = {};

/**
 * The translations `useLanguage` chose last, for the renderer: a bundle of its own (dist/render.js), with its own
 * copy of `@vscode/l10n`, which this module's choice does not reach.
 */
export function currentTranslations(): Translations {
  return translations;
}

/** The language `useLanguage` chose last: the one worker threads are started in. */
export function currentLanguage(): string {
  return languageInUse;
}

/** The locale a command-line tool runs in, from the usual environment variables (`LC_ALL`, `LC_MESSAGES`, `LANG`). */
export function environmentLocale(env: NodeJS.ProcessEnv = process.env): string | undefined {
  return [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value && value !== 'C' && value !== 'POSIX');
}
