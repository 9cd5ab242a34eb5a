import { DEFAULT_MAX_LENGTH } from '../core/parseDigest';
import { resolveSchema, type DigestSchema } from '../core/schema';
import type { RuleSetting } from '../core/validate';
import { resolveCommandSettings, type CommandSettings } from './commandSettings';

/** The `paperDigest.*` settings the server reads, resolved to what the core needs. */
export interface DigestSettings {
  files: string[];
  rules: Record<string, RuleSetting>;
  schema: DigestSchema;
  maxLength: number;
  commands: CommandSettings;
}

export const DEFAULT_FILES = ['**/_posts/**/*.md'];

export function resolveSettings(raw: unknown): DigestSettings {
  const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const files = Array.isArray(section.files) && section.files.every((glob) => typeof glob === 'string') ? section.files : DEFAULT_FILES;
  const rules = section.rules && typeof section.rules === 'object' ? (section.rules as Record<string, RuleSetting>) : {};
  const maxLength = typeof section.maxFileSize === 'number' && section.maxFileSize > 0 ? section.maxFileSize : DEFAULT_MAX_LENGTH;
  const schema = resolveSchema(section.schema as Partial<DigestSchema> | undefined);
  return { files, rules, schema, maxLength, commands: resolveCommandSettings(section) };
}
