import type { Connection } from 'vscode-languageserver';
import { resolveSettings, type DigestSettings } from '../settings/settings';

/** Per-document settings, asked of the client when it supports `workspace/configuration`. */
export class SettingsCache {
  private readonly byUri = new Map<string, Promise<DigestSettings>>();
  /** One object for clients that cannot be asked, so that analyses (cached per settings object) are reused. */
  private readonly defaults = Promise.resolve(resolveSettings(undefined));
  supportsConfiguration = false;

  constructor(private readonly connection: Connection) {}

  get(uri: string): Promise<DigestSettings> {
    if (!this.supportsConfiguration) return this.defaults;
    let settings = this.byUri.get(uri);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'paperDigest' })
        .then(resolveSettings, () => resolveSettings(undefined));
      this.byUri.set(uri, settings);
    }
    return settings;
  }

  forget(uri?: string): void {
    if (uri) this.byUri.delete(uri);
    else this.byUri.clear();
  }
}
