import type { DigestModel } from './model';
import { parseDigest } from './parseDigest';
import { RULES } from './rules';
import { tooComplex } from './rules/tooComplex';
import type { DigestedElsewhere, Finding, Severity } from './rules/rule';
import { DEFAULT_SCHEMA, type DigestSchema } from './schema';
import { lineEnding } from './span';

export type RuleSetting = Severity | 'off';

export interface ValidationOptions {
  schema?: DigestSchema;
  /** Base name of the file, for the date in `_posts/YYYY-MM-DD-…` names. */
  fileName?: string;
  /** Per-rule severity overrides, or `off`. */
  rules?: Record<string, RuleSetting>;
  /** Longer posts are only checked up to their front matter. */
  maxLength?: number;
  /** Other posts' entries by arXiv id, for rules that look across the workspace. */
  digestedElsewhere?: DigestedElsewhere;
}

export interface DigestDiagnostic extends Finding {
  ruleId: string;
  severity: Severity;
}

export interface ValidationResult {
  model: DigestModel;
  diagnostics: DigestDiagnostic[];
}

export function validateDigest(text: string, options: ValidationOptions = {}): ValidationResult {
  const schema = options.schema ?? DEFAULT_SCHEMA;
  return validateModel(parseDigest(text, schema, options.maxLength), options);
}

export function validateModel(model: DigestModel, options: ValidationOptions = {}): ValidationResult {
  const context = {
    model,
    schema: options.schema ?? DEFAULT_SCHEMA,
    fileName: options.fileName,
    eol: lineEnding(model.text),
    digestedElsewhere: options.digestedElsewhere,
  };
  // An abandoned read knows nothing of the post but why it was abandoned: other rules would report what is not there.
  const rules = model.tooComplex ? [tooComplex] : RULES;
  const diagnostics = rules.flatMap((rule) => {
    const severity = options.rules?.[rule.id] ?? rule.severity;
    if (severity === 'off') return [];
    return rule.check(context).map((finding) => ({ ...finding, ruleId: rule.id, severity }));
  });
  return { model, diagnostics };
}
