import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_MAX_LENGTH } from '../core/parseDigest';
import { resolveSchema, type DigestSchema } from '../core/schema';
import type { RuleSetting } from '../core/validate';
import { resolveAuthoringSettings, type AuthoringSettings } from './authoringSettings';

/** The `paperDigest.*` settings the server reads, resolved to what the core needs. */
export interface DigestSettings {
  files: string[];
  rules: Record<string, RuleSetting>;
  schema: DigestSchema;
  maxLength: number;
  authoring: AuthoringSettings;
}

export const DEFAULT_FILES = ['**/_posts/**/*.md'];

export function resolveSettings(raw: unknown): DigestSettings {
  const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const files = Array.isArray(section.files) && section.files.every((glob) => typeof glob === 'string') ? section.files : DEFAULT_FILES;
  const rules = section.rules && typeof section.rules === 'object' ? (section.rules as Record<string, RuleSetting>) : {};
  const maxLength = typeof section.maxFileSize === 'number' && section.maxFileSize > 0 ? section.maxFileSize : DEFAULT_MAX_LENGTH;
  const schema = resolveSchema(section.schema as Partial<DigestSchema> | undefined);
  return { files, rules, schema, maxLength, authoring: resolveAuthoringSettings(section) };
}

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
