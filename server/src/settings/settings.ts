import { DEFAULT_FIX_SEVERITY } from '../core/edits';
import { DEFAULT_MAX_LENGTH } from '../core/postLength';
import { resolveSchema, type DigestSchema } from '../core/schema';
import type { RuleSetting } from '../core/validate';
import { SEVERITIES, type Severity } from '../protocol/diagnostics';
import { resolveCommandSettings, type CommandSettings } from './commandSettings';
import { resolveLimits, type Limits } from './limits';

/** The `paperDigest.*` settings the server reads, resolved to what the core needs. */
export interface DigestSettings {
  files: string[];
  rules: Record<string, RuleSetting>;
  schema: DigestSchema;
  maxLength: number;
  /** The least severe diagnostics "Fix all" and `check --fix` fix (`paperDigest.fixAll.minimumSeverity`). */
  fixMinimumSeverity: Severity;
  /** Whose diagnostics the Problems panel lists: every digest post of the workspace, or the open ones. */
  diagnosticsScope: DiagnosticsScope;
  commands: CommandSettings;
  limits: Limits;
}

export const DEFAULT_FILES = ['**/_posts/**/*.md'];

const DIAGNOSTICS_SCOPES = ['workspace', 'openFiles'] as const;
export type DiagnosticsScope = (typeof DIAGNOSTICS_SCOPES)[number];

export function resolveSettings(raw: unknown): DigestSettings {
  const section = asObject(raw);
  const files =
    Array.isArray(section.files) && section.files.every((glob) => typeof glob === 'string')
      ? section.files
      : DEFAULT_FILES;
  const maxLength =
    typeof section.maxFileSize === 'number' && section.maxFileSize > 0 ? section.maxFileSize : DEFAULT_MAX_LENGTH;
  const schema = resolveSchema(section.schema as Partial<DigestSchema> | undefined);
  const fixMinimumSeverity = asSeverity(asObject(section.fixAll).minimumSeverity) ?? DEFAULT_FIX_SEVERITY;
  const diagnosticsScope =
    DIAGNOSTICS_SCOPES.find((scope) => scope === asObject(section.diagnostics).scope) ?? 'workspace';
  return {
    files,
    rules: ruleSettings(section.rules),
    schema,
    maxLength,
    fixMinimumSeverity,
    diagnosticsScope,
    commands: resolveCommandSettings(section),
    limits: resolveLimits(section),
  };
}

/** The per-rule settings that name a severity or `off`; a mistyped value leaves the rule at its default. */
function ruleSettings(raw: unknown): Record<string, RuleSetting> {
  return Object.fromEntries(
    Object.entries(asObject(raw)).flatMap(([id, value]) => {
      const setting = value === 'off' ? value : asSeverity(value);
      return setting ? [[id, setting]] : [];
    }),
  );
}

function asSeverity(value: unknown): Severity | undefined {
  return SEVERITIES.find((severity) => severity === value);
}

function asObject(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
