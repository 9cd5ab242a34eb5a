// The site's own dark mode follows VS Code's theme kind, the way the site's toggle switches it: an attribute on
// `<html>` (al-folio's `data-theme`). VS Code sets the kind on the body and changes it live.
import type { DarkMode } from '../../server/src/protocol';

const DARK_KINDS = new Set(['vscode-dark', 'vscode-high-contrast']);

export class ThemeFollower {
  private darkMode: DarkMode | undefined;

  constructor() {
    new MutationObserver(() => this.apply()).observe(document.body, {
      attributes: true,
      attributeFilter: ['class', 'data-vscode-theme-kind'],
    });
  }

  use(darkMode: DarkMode | undefined): void {
    if (this.darkMode && this.darkMode.attribute !== darkMode?.attribute)
      document.documentElement.removeAttribute(this.darkMode.attribute);
    this.darkMode = darkMode;
    this.apply();
  }

  private apply(): void {
    if (!this.darkMode) return;
    const kind =
      document.body.dataset.vscodeThemeKind ?? [...document.body.classList].find((name) => DARK_KINDS.has(name)) ?? '';
    const { attribute, dark, light } = this.darkMode;
    const value = DARK_KINDS.has(kind) ? dark : light;
    if (document.documentElement.getAttribute(attribute) !== value)
      document.documentElement.setAttribute(attribute, value);
  }
}
