// Which of a post's findings `jekyll build` stops on first.
import type { Finding } from '../rules/rule';

const LIQUID_LINE = /^Liquid syntax error \(line (\d+)\)/;

/**
 * The finding whose failure `jekyll build` prints: Liquid parses the whole post before it renders any of it, so its
 * syntax errors come first, the earliest line first (a block never closed is raised at the post's end); what the
 * render raises (an include that is missing) after them, in the post's order.
 */
export function firstBuildFailure<T extends Finding>(findings: readonly T[]): T | undefined {
  const stopping = findings.filter((finding) => finding.buildFails);
  const rank = (finding: T) => Number(LIQUID_LINE.exec(finding.buildFails!)?.[1] ?? Infinity);
  return stopping.sort((a, b) => rank(a) - rank(b) || a.span.start - b.span.start)[0];
}
