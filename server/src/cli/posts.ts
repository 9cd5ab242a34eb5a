import * as l10n from '@vscode/l10n';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, relative, resolve } from 'node:path';
import { URI } from 'vscode-uri';
import { isDigest } from '../core/digestFiles';
import { fixAll } from '../core/edits';
import type { DigestModel } from '../core/model';
import { parseDigest } from '../core/parseDigest';
import type { DigestedElsewhere } from '../core/rules/rule';
import { LineIndex } from '../core/span';
import { validateModel, type DigestDiagnostic } from '../core/validate';
import { relativePosixPath } from '../workspace/postFiles';
import type { Site, SiteSettings } from './config';
import type { CheckTarget } from './files';
import type { FileReport, ReportedDiagnostic } from './formats';

/** A digest post read (and fixed, with `--fix`) for checking. */
export interface Post {
  /** Absolute path. */
  path: string;
  uri: string;
  text: string;
  model: DigestModel;
  site: Site;
}

/**
 * Reads a file and keeps it when it is a digest post, deciding so with its site's settings and its path relative to
 * the site (so the current folder makes no difference); with `fix`, applies the fixes and writes it back first.
 * A named file that is no digest is said so through `skipped`.
 */
export function readPost(target: CheckTarget, sites: SiteSettings, fix: boolean, skipped: (message: string) => void): Post | undefined {
  const path = resolve(target.path);
  const site = sites.siteOf(path);
  const { settings } = site;
  const original = readFileSync(path, 'utf8');
  const model = parseDigest(original, settings.schema, settings.maxLength);
  if (!isDigest(model, sitePath(site.root, path), { schema: settings.schema, globs: settings.files })) {
    if (target.named) skipped(l10n.t('{0} is not a digest post: its title does not follow "{1}", and it is no file of {2} with paper headings. Not checked.', target.path, settings.schema.titlePattern, settings.files.join(', ')));
    return undefined;
  }
  const text = fix
    ? fixAll(original, { fileName: basename(path), schema: settings.schema, rules: settings.rules, maxLength: settings.maxLength, minimumSeverity: settings.fixMinimumSeverity })
    : original;
  if (text !== original) writeFileSync(path, text);
  return { path, uri: URI.file(path).toString(), text, model: text === original ? model : parseDigest(text, settings.schema, settings.maxLength), site };
}

/**
 * The path the digest globs match: relative to the site, or, for a file outside it, its absolute path (as the
 * language server matches a file outside the workspace folders).
 */
export function sitePath(root: string, path: string): string {
  const inside = relative(root, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : relativePosixPath(root, path);
}

/** The post's diagnostics; `already-digested` compares it with the posts `digestedElsewhere` knows. */
export function reportPost({ path, text, model, site }: Post, digestedElsewhere: DigestedElsewhere, cwd: string): FileReport {
  const { settings } = site;
  const { diagnostics } = validateModel(model, { schema: settings.schema, fileName: basename(path), rules: settings.rules, digestedElsewhere });
  const lines = new LineIndex(text);
  return { file: relative(cwd, path) || path, diagnostics: diagnostics.map((diagnostic) => describe(diagnostic, lines, cwd)) };
}

function describe(diagnostic: DigestDiagnostic, lines: LineIndex, cwd: string): ReportedDiagnostic {
  const start = lines.positionAt(diagnostic.span.start);
  const end = lines.positionAt(diagnostic.span.end);
  return {
    line: start.line + 1,
    column: start.character + 1,
    endLine: end.line + 1,
    endColumn: end.character + 1,
    severity: diagnostic.severity,
    code: diagnostic.ruleId,
    message: diagnostic.message,
    fixes: (diagnostic.fixes ?? []).map((fix) => fix.title),
    related: (diagnostic.related ?? []).map((place) => ({
      file: relative(cwd, URI.parse(place.file).fsPath),
      line: place.range.start.line + 1,
      column: place.range.start.character + 1,
      message: place.message,
    })),
  };
}
