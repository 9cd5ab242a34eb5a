import type { Connection } from 'vscode-languageserver';
import { resolveSettings, type DigestSettings } from '../settings/settings';
import { innermostFolder } from '../workspace/workspaceIndex';

/** The key of the settings of files outside every workspace folder: they share the window's. */
const OUTSIDE_FOLDERS = '';

/**
 * Settings per workspace folder, asked of the client when it supports `workspace/configuration`: once per folder (with
 * the folder as scope) and once for every file outside the folders, until they change. A thousand posts of one folder
 * cost one request.
 */
export class SettingsCache {
  private readonly byFolder = new Map<string, Promise<DigestSettings>>();
  /** One object for clients that cannot be asked, so that analyses (cached per settings object) are reused. */
  private readonly defaults = Promise.resolve(resolveSettings(undefined));
  supportsConfiguration = false;

  /** `folders`: the workspace folders' URIs. */
  constructor(
    private readonly connection: Connection,
    private readonly folders: () => string[],
  ) {}

  /** The settings of the file (or folder) with this URI: its innermost workspace folder's. */
  get(uri: string): Promise<DigestSettings> {
    if (!this.supportsConfiguration) return this.defaults;
    const folder = innermostFolder(this.folders(), uri) ?? OUTSIDE_FOLDERS;
    let settings = this.byFolder.get(folder);
    if (!settings) {
      settings = this.connection.workspace
        .getConfiguration({ scopeUri: folder === OUTSIDE_FOLDERS ? undefined : folder, section: 'paperDigest' })
        .then(resolveSettings, () => resolveSettings(undefined));
      this.byFolder.set(folder, settings);
    }
    return settings;
  }

  /** The settings changed: each folder's is asked again when next needed. */
  forget(): void {
    this.byFolder.clear();
  }
}
