import * as l10n from '@vscode/l10n';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { firstBuildFailure } from '../core/jekyll/buildFailure';
import type { JekyllVerdict } from '../protocol/render';
import type { Analysis } from './analysis';

/** What the preview says at its top of a post Jekyll would not publish as shown: the build stops on it first. */
export function jekyllVerdict(
  document: Pick<TextDocument, 'positionAt'>,
  analysis: Analysis,
): JekyllVerdict | undefined {
  if (!analysis.isDigest) return undefined;
  const failure = firstBuildFailure(analysis.diagnostics);
  const finding = failure ?? analysis.diagnostics.find((diagnostic) => diagnostic.leavesOut);
  if (!finding) return undefined;
  const line = document.positionAt(finding.span.start).line;
  return {
    kind: failure ? 'fails' : 'skips',
    title: failure ? l10n.t('jekyll build stops on this post') : l10n.t('Jekyll does not publish this post'),
    message: finding.message,
    line,
    lineLabel: l10n.t('Line {0}', line + 1),
  };
}
