/**
 * Switches a started host's display language. VS Code takes a display language from `argv.json` only when
 * a language pack for it is known (`languagepacks.json`); a pack that translates none of VS Code's own
 * strings is enough to make the window — and so every extension (package.nls.<lang>.json, vscode.l10n,
 * the language server's InitializeParams.locale) — run in that language while the workbench stays English.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Host } from '../../scripts/vscode-host.mjs';

export async function useDisplayLanguage(host: Host, language: string): Promise<void> {
  const { userData, root } = host.dirs;
  const translations = join(root, `vscode.${language}.i18n.json`);
  writeFileSync(translations, JSON.stringify({ version: '1.0.0', contents: {} }));
  const pack = {
    hash: `paper-digest-tests-${language}`,
    extensions: [{ extensionIdentifier: { id: `paper-digest-tests.language-${language}` }, version: '0.0.0' }],
    translations: { vscode: translations },
    label: language,
  };
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({ [language]: pack }));
  writeFileSync(join(userData, 'User', 'argv.json'), JSON.stringify({ locale: language }));
  await host.page.reload();
  await host.page.locator('.monaco-workbench').waitFor();
  await host.page.waitForFunction(
    (expected) => (globalThis as { _VSCODE_NLS_LANGUAGE?: string })._VSCODE_NLS_LANGUAGE === expected,
    language,
  );
}
