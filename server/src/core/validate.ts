import { SEVERITIES } from '../protocol/diagnostics';
import { rewritesValueNotAsItself } from './frontMatter';
import type { DigestModel } from './model';
import { parseDigest } from './parseDigest';
import { RULES } from './rules';
import { tooComplex } from './rules/tooComplex';
import type { PostReferences } from './postReferences';
import type { Elsewhere, Finding, Rule, Severity } from './rules/rule';
import { DEFAULT_SCHEMA, type DigestSchema } from './schema';
import { lineEnding } from './span';

export type RuleSetting = Severity | 'off';

export interface ValidationOptions extends Elsewhere {
  schema?: DigestSchema;
  /** Base name of the file, for the date in `_posts/YYYY-MM-DD-…` names. */
  fileName?: string;
  /** The path relative to its workspace folder, `/`-separated. */
  relativePath?: string;
  /** Per-rule severity overrides, or `off`. */
  rules?: Record<string, RuleSetting>;
  /** Longer posts are only checked up to their front matter. */
  maxLength?: number;
  /** When the check runs (milliseconds since 1970); now by default. */
  now?: number;
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

/**
 * Which rules run: all of them, those that read the whole model (`post`), or those that compare the post with other
 * posts through its references (`workspace`, see `validateReferences`).
 */
export type RuleScope = 'all' | 'post' | 'workspace';

export function validateModel(
  model: DigestModel,
  options: ValidationOptions = {},
  scope: RuleScope = 'all',
): ValidationResult {
  const context = {
    model,
    schema: options.schema ?? DEFAULT_SCHEMA,
    fileName: options.fileName,
    relativePath: options.site?.path ?? options.relativePath,
    eol: lineEnding(model.text),
    now: options.now,
    digestedElsewhere: options.digestedElsewhere,
    sitePosts: options.sitePosts,
    site: options.site,
  };
  // An abandoned read knows nothing of the post but why it was abandoned: other rules would report what is not there.
  const rules = model.tooComplex ? [tooComplex] : RULES;
  const inScope = rules.filter((rule) => scope === 'all' || (scope === 'workspace') === !!rule.checkReferences);
  const diagnostics = checkWith(inScope, options, (rule) => rule.check(context));
  return { model, diagnostics: diagnostics.map((diagnostic) => keepingFrontMatter(diagnostic, model)) };
}

/**
 * The diagnostic without the fixes that would rewrite a front matter value not written as itself (an alias, an
 * anchor, a tag, a comment inside): the rest of the YAML could not stay byte for byte what it was.
 */
function keepingFrontMatter(diagnostic: DigestDiagnostic, model: DigestModel): DigestDiagnostic {
  const fixes = diagnostic.fixes?.filter(
    (fix) => !fix.edits.some((edit) => rewritesValueNotAsItself(model.frontMatter, edit.span)),
  );
  return fixes?.length === diagnostic.fixes?.length ? diagnostic : { ...diagnostic, fixes };
}

/** The diagnostics of the `workspace` rules, from the post's references alone (the model may be on another thread). */
export function validateReferences(references: PostReferences, options: ValidationOptions = {}): DigestDiagnostic[] {
  const rules = RULES.filter((rule) => rule.checkReferences);
  return checkWith(rules, options, (rule) => rule.checkReferences!(references, options));
}

/** Whether a rule that reads the post's Jekyll site is on: when none is, the site need not be read. */
export function readsSite(rules: Record<string, RuleSetting> | undefined): boolean {
  return RULES.some((rule) => rule.readsSite && rules?.[rule.id] !== 'off');
}

const RULES_READING_NOW = new Set(RULES.filter((rule) => rule.readsNow).map((rule) => rule.id));
const RULES_READING_SITE_FILES = new Set(RULES.filter((rule) => rule.readsSiteFiles).map((rule) => rule.id));

/**
 * Whether the findings may change while the post does not: time passes (a post dated after now) or files appear in
 * its site (a tag naming one it lacked). A post checked earlier with none of them has none later; one with any must be
 * checked again.
 */
export function changesOutsideThePost(diagnostics: DigestDiagnostic[]): boolean {
  return (
    diagnostics.some((diagnostic) => RULES_READING_NOW.has(diagnostic.ruleId)) || changesWithSiteFiles(diagnostics)
  );
}

/** Whether the findings may change as files appear in the post's site. */
export function changesWithSiteFiles(diagnostics: DigestDiagnostic[]): boolean {
  return diagnostics.some((diagnostic) => RULES_READING_SITE_FILES.has(diagnostic.ruleId));
}

const RULE_ORDER = new Map(RULES.map((rule, index) => [rule.id, index]));

/** Diagnostics of several scopes in the order `validateModel(…, 'all')` gives them. */
export function inRuleOrder(diagnostics: DigestDiagnostic[]): DigestDiagnostic[] {
  return [...diagnostics].sort((a, b) => (RULE_ORDER.get(a.ruleId) ?? 0) - (RULE_ORDER.get(b.ruleId) ?? 0));
}

function lowerOf(severity: Severity, lowered: Severity | undefined): Severity {
  return lowered && SEVERITIES.indexOf(lowered) > SEVERITIES.indexOf(severity) ? lowered : severity;
}

function checkWith(
  rules: readonly Rule[],
  options: ValidationOptions,
  check: (rule: Rule) => Finding[],
): DigestDiagnostic[] {
  return rules.flatMap((rule) => {
    const severity = options.rules?.[rule.id] ?? rule.severity;
    if (severity === 'off') return [];
    return check(rule).map((finding) => ({
      ...finding,
      ruleId: rule.id,
      severity: lowerOf(severity, finding.severity),
    }));
  });
}
