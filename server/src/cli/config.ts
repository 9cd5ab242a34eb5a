import * as l10n from '@vscode/l10n';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveSettings, type DigestSettings } from '../settings/settings';
import { mergeSettings, readSettingsSection } from '../settings/settingsFile';
import { findSiteRoot } from '../core/jekyll/siteFacts';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { readBoundedFileSync, UnreadableFile } from '../workspace/regularFiles';
import { whyUnreadable } from './files';

const WORKSPACE_SETTINGS = join('.vscode', 'settings.json');

/** The folder a post's settings and globs belong to, as the editor's workspace folder would be. */
export interface Site {
  root: string;
  /** True when `root` holds a Jekyll config; false when the current folder stands in for a site. */
  isJekyllSite: boolean;
  settings: DigestSettings;
}

export interface ConfigOptions {
  /** A settings file (`--config`) over the site's own `.vscode/settings.json`. */
  configFile?: string;
  /** Digest globs from the command line (`--files`), over every settings file. */
  files?: string[];
  cwd: string;
  /** Where a problem with a settings file is told; the run goes on with what could be read. */
  warn: (message: string) => void;
}

/**
 * The settings of each post, read the way the editor reads them: the site's `.vscode/settings.json`, then `--config`,
 * then `--files`, resolved by the server's own `resolveSettings`. A post's site is the nearest folder above it with a
 * Jekyll config; outside any site, the current folder.
 */
export class SiteSettings {
  private readonly sites = new Map<string, Site>();
  private readonly configSection: Record<string, unknown>;

  constructor(private readonly options: ConfigOptions) {
    this.configSection = options.configFile
      ? this.readSection(resolve(options.cwd, options.configFile), { required: true })
      : {};
  }

  async siteOf(file: string): Promise<Site> {
    const jekyllRoot = await findSiteRoot(nodeFileSystem, resolve(this.options.cwd, file));
    const root = jekyllRoot ?? resolve(this.options.cwd);
    let site = this.sites.get(root);
    if (!site) {
      site = { root, isJekyllSite: jekyllRoot !== undefined, settings: this.settingsFor(root) };
      this.sites.set(root, site);
    }
    return site;
  }

  private settingsFor(root: string): DigestSettings {
    const workspaceFile = join(root, WORKSPACE_SETTINGS);
    const workspace = existsSync(workspaceFile) ? this.readSection(workspaceFile, { required: false }) : {};
    const section = mergeSettings(workspace, this.configSection);
    return resolveSettings(this.options.files ? { ...section, files: this.options.files } : section);
  }

  private readSection(file: string, { required }: { required: boolean }): Record<string, unknown> {
    let text: string;
    try {
      text = readBoundedFileSync(file).toString('utf8');
    } catch (error) {
      if (!(error instanceof UnreadableFile)) throw error;
      const message = l10n.t('cannot read the settings file {0}: {1}', file, whyUnreadable(error));
      if (required) throw new ConfigError(message);
      this.options.warn(message);
      return {};
    }
    const { section, problems } = readSettingsSection(text);
    for (const problem of problems) {
      this.options.warn(
        l10n.t(
          '{0}:{1}:{2}: {3} (the rest of the settings file is used)',
          file,
          problem.line,
          problem.column,
          problem.message,
        ),
      );
    }
    return section;
  }
}

/** A settings file named on the command line that cannot be read: the run stops (exit code 2). */
export class ConfigError extends Error {}
