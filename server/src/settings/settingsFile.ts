import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../core/span';

const SETTINGS_SECTION = 'paperDigest';

/** A syntax error in a settings file, at a 1-based line and column. */
export interface SettingsFileProblem {
  line: number;
  column: number;
  message: string;
}

export interface SettingsFileSection {
  /** The `paperDigest` section, as VS Code's `workspace/configuration` returns it for the same file. */
  section: Record<string, unknown>;
  problems: SettingsFileProblem[];
}

/**
 * Reads the `paperDigest.*` settings out of a VS Code `settings.json` (JSON with comments and trailing commas).
 * Like VS Code, dotted keys nest (`"paperDigest.newPost.path"` is `newPost.path` of the section), and what parses
 * is kept when part of the file does not.
 */
export function readSettingsSection(text: string): SettingsFileSection {
  const errors: ParseError[] = [];
  const root: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  let section: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(isPlainObject(root) ? root : {})) {
    const [first, ...path] = key.split('.');
    const nested = path.reduceRight<unknown>((inner, name) => ({ [name]: inner }), value);
    if (first === SETTINGS_SECTION && isPlainObject(nested)) section = mergeSettings(section, nested);
  }
  return { section, problems: errors.map((error) => problemAt(text, error)) };
}

/** Settings of a later scope over those of an earlier one; objects merge key by key, as VS Code merges its scopes. */
export function mergeSettings(
  base: Record<string, unknown>,
  override: Record<string, unknown>,
): Record<string, unknown> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const earlier = merged[key];
    merged[key] = isPlainObject(earlier) && isPlainObject(value) ? mergeSettings(earlier, value) : value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function problemAt(text: string, error: ParseError): SettingsFileProblem {
  const { line, character } = new LineIndex(text).positionAt(error.offset);
  return { line: line + 1, column: character + 1, message: printParseErrorCode(error.error) };
}
