import * as l10n from '@vscode/l10n';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import { URI } from 'vscode-uri';
import type { PostSite } from '../core/rules/rule';
import { LineIndex } from '../core/span';
import { inRuleOrder, readsSite, validateReferences, type DigestDiagnostic } from '../core/validate';
import type { CheckedFile, FileProblem } from '../jobs/fileJobs';
import { relativePosixPath } from '../workspace/postFiles';
import type { WorkspaceIndex } from '../workspace/workspaceIndex';
import type { CheckRunner } from './checkPool';
import type { Site, SiteSettings } from './config';
import { resolvesInside, whyUnreadable, type CheckTarget } from './files';
import type { FileReport, ReportedDiagnostic } from './formats';

/** A digest post checked (and fixed, with `--fix`); its model was dropped where it was checked. */
export interface Post {
  /** Absolute path. */
  path: string;
  uri: string;
  site: Site;
  /** Its Jekyll site's facts, and where it is in that site; undefined outside any. */
  jekyll?: PostSite;
  checked: CheckedFile;
}

/**
 * Checks a file (in this thread for a run of a few files, else on a worker) and keeps it when it is a digest post,
 * deciding so with its site's settings and its path relative to the site (so the current folder makes no difference);
 * with `fix`, the check applies the fixes and writes it back first. A named file that is no digest is said so through
 * `warn`, and so is what kept a file from being checked or fixed as asked (then `problems` counts it).
 */
export async function checkTarget(
  target: CheckTarget,
  sites: SiteSettings,
  fix: boolean,
  runner: CheckRunner,
  warn: (message: string) => void,
): Promise<{ post?: Post; problems: number }> {
  const path = resolve(target.path);
  const site = await sites.siteOf(path);
  const { settings } = site;
  const relativePath = sitePath(site.root, path);
  const jekyll =
    site.isJekyllSite && readsSite(settings.rules)
      ? { facts: await runner.siteFacts(site.root), path: relativePath }
      : undefined;
  const options = {
    schema: settings.schema,
    rules: settings.rules,
    maxLength: settings.maxLength,
    globs: settings.files,
    relativePath,
    fileName: basename(path),
    minimumSeverity: settings.fixMinimumSeverity,
    site: jekyll,
  };
  const checked = await runner.check({
    path,
    options,
    deadlineMs: settings.limits.checkTimeoutMs,
    fix,
    mayWrite: resolvesInside(target),
  });
  const lines = new LineIndex(checked.lineStarts);
  for (const problem of checked.problems) warn(problemMessage(target.path, problem, lines));
  if (!checked.isDigest) {
    if (target.named && !checked.problems.length)
      warn(
        l10n.t(
          '{0} is not a digest post: its title does not follow "{1}", and it is no file of {2} with paper headings. Not checked.',
          target.path,
          settings.schema.titlePattern,
          settings.files.join(', '),
        ),
      );
    return { problems: checked.problems.length };
  }
  return { post: { path, uri: URI.file(path).toString(), site, jekyll, checked }, problems: checked.problems.length };
}

/** What kept a file from being checked, or fixed as asked. */
function problemMessage(file: string, problem: FileProblem, lines: LineIndex): string {
  switch (problem.kind) {
    case 'unreadable':
      return l10n.t('{0} cannot be read ({1}); not checked.', file, whyUnreadable(problem));
    case 'notUtf8': {
      const { line, character } = lines.positionAt(problem.at);
      return l10n.t(
        '{0} is not valid UTF-8 (from line {1}, column {2}): it is checked as read, and never rewritten.',
        file,
        line + 1,
        character + 1,
      );
    }
    case 'notWritten':
      return problem.reason
        ? l10n.t(
            '{0} could not be written ({1}); its fixes were not applied, and its problems are those of the file as it is.',
            file,
            problem.reason,
          )
        : l10n.t('{0} links to a file outside the folder checked; its fixes were not applied.', file);
    case 'changed':
      return l10n.t(
        '{0} changed while it was checked (saved meanwhile?): it was left as it is, its fixes were not applied, and its problems are those of the text that was read. Run the check again.',
        file,
      );
    case 'crLineEnds':
      return l10n.t(
        '{0} ends its lines with CR alone, which Jekyll does not read as line ends (it sees no front matter): its fixes were not applied. Convert its line ends to LF first.',
        file,
      );
    case 'tooComplex':
      return l10n.t('{0} took too long to check; only too-complex is reported for it.', file);
  }
}

/**
 * The path the digest globs match: relative to the site, or, for a file outside it, its absolute path (as the
 * language server matches a file outside the workspace folders).
 */
export function sitePath(root: string, path: string): string {
  const inside = relative(root, path);
  return inside.startsWith('..') || isAbsolute(inside) ? path : relativePosixPath(root, path);
}

/** The post's diagnostics; the rules over its references compare it with the posts the index knows. */
export function reportPost({ path, uri, site, jekyll, checked }: Post, index: WorkspaceIndex, cwd: string): FileReport {
  const root = jekyll && site.root + sep;
  const elsewhere = checked.references
    ? validateReferences(checked.references, {
        rules: site.settings.rules,
        site: jekyll,
        digestedElsewhere: index.lookupFor(uri),
        sitePosts:
          jekyll && root
            ? index.sitePostsFor(uri, jekyll.facts, (other) => URI.parse(other).fsPath.startsWith(root))
            : undefined,
      })
    : [];
  const lines = new LineIndex(checked.lineStarts);
  return {
    file: relative(cwd, path) || path,
    diagnostics: inRuleOrder([...checked.diagnostics, ...elsewhere]).map((diagnostic) =>
      describe(diagnostic, lines, cwd),
    ),
  };
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
