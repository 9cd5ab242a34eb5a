/**
 * The user's session both editor suites replay on the example post: test/e2e through the UI of a real
 * VS Code, test/vscode through the extension API. What is typed and what must come out of it.
 */
import { parseDigest } from '../server/src/core/parseDigest';

/** The example post as the test blog holds it (identical to examples/_posts/2025-10-31-daily-papers.md). */
export const EXAMPLE_POST = '_posts/2025-10-31-daily-papers-20251031.md';

/** The paper step 2 adds with the `paper` completion. */
export const NEW_PAPER = {
  title: 'Digest Agents: Summarising arXiv Every Morning',
  arxivId: '2511.04321',
};

/** Step 3 gives this paper a wrong number, then lets the renumber quick fix repair it. */
export const MISNUMBERED = { paper: 2, wrongNumber: 7 };

/** Step 5 changes a word of the first paper's title and waits for the preview to show the new title. */
export const TITLE_EDIT = { paper: 1, word: 'Quest', replacement: 'Search' };

/** The number the next paper of this post must get. */
export function nextPaperNumber(text: string): number {
  return parseDigest(text).papers.length + 1;
}

/** Each paper as the Outline names it, `N. Title` (the title's runs of spaces collapsed). */
export function paperNames(text: string): string[] {
  return [...text.matchAll(/^# (\d+)\. \[(.*)\]\(/gm)].map(
    ([, number, title]) => `${number}. ${title.replace(/\s+/g, ' ').trim()}`,
  );
}

/** The 1-based line of the heading of paper `number`. */
export function headingLine(text: string, number: number): number {
  return text.split('\n').findIndex((line) => line.startsWith(`# ${number}. `)) + 1;
}

/** The two lines of the new entry that carry the arXiv id. */
export function newEntryLines(number: number): { heading: string; alphaxiv: string } {
  const { title, arxivId } = NEW_PAPER;
  return {
    heading: `# ${number}. [${title}](https://arxiv.org/abs/${arxivId})`,
    alphaxiv: `> [Alphaxiv](https://www.alphaxiv.org/ko/overview/${arxivId})`,
  };
}

/** One diagnostic as `paper-digest check --format json` prints it (1-based positions). */
export interface CliDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'information' | 'hint';
  code: string;
  message: string;
  fixes?: string[];
  related?: { file: string; line: number; column: number; message: string }[];
}

/** One file of `paper-digest check --format json`. */
export interface CliReport {
  /** Relative to the folder the CLI ran in, `/`-separated. */
  file: string;
  diagnostics: CliDiagnostic[];
}
