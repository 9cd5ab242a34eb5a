import * as l10n from '@vscode/l10n';
import { unversionedId } from '../arxiv';
import { postReferences, type PostReferences } from '../postReferences';
import type { DigestedEntry, Elsewhere, Finding, Rule } from './rule';
import { frontMatter, headingLine, PAPERS } from './examples';

/** An earlier post holding the entry. */
function postOf20251029(entry: string): Record<string, string> {
  const fields = { title: '"Daily Papers — 2025-10-29"', date: '2025-10-29 08:15:00' };
  return { '2025-10-29-daily-papers-20251029.md': `${frontMatter(fields)}${entry}\n` };
}

/** How many earlier entries the message names; related information lists them all. */
const NAMED_IN_MESSAGE = 3;

export const alreadyDigested: Rule = {
  id: 'already-digested',
  severity: 'information',
  description:
    "A paper already digested in an earlier post of the workspace or of the post's Jekyll site, with a link to that entry.",
  descriptionKo:
    '작업 영역이나 포스트의 Jekyll 사이트에 있는 이전 포스트에서 이미 다룬 논문입니다(그 항목으로 가는 링크가 있습니다).',
  examples: {
    valid: [{ text: frontMatter() + headingLine(PAPERS[2]), earlierPosts: postOf20251029(headingLine(PAPERS[0])) }],
    invalid: [
      {
        text: frontMatter() + headingLine(PAPERS[2]),
        earlierPosts: postOf20251029(headingLine({ ...PAPERS[2], number: 4 })),
      },
    ],
  },
  check: (context) => digestedEarlier(postReferences(context.model, context.fileName), context),
  checkReferences: digestedEarlier,
};

function digestedEarlier({ date, arxivIds }: PostReferences, { digestedElsewhere }: Elsewhere): Finding[] {
  if (!digestedElsewhere) return [];
  return arxivIds.flatMap((arxivId) => {
    const earlier = digestedElsewhere(unversionedId(arxivId.value))
      .filter((entry) => isEarlier(entry, date))
      .sort(newestFirst);
    if (!earlier.length) return [];
    return [
      {
        span: arxivId.span,
        message: l10n.t('Already digested: also in {0}.', namedEntries(earlier)),
        related: earlier.map((entry) => ({ file: entry.file, range: entry.heading, message: entryName(entry) })),
      },
    ];
  });
}

/** An entry of an older post; when this post has no date yet, every dated post is older. */
function isEarlier(entry: DigestedEntry, date: string | undefined): boolean {
  return !!entry.date && (!date || entry.date < date);
}

function newestFirst(a: DigestedEntry, b: DigestedEntry): number {
  return (b.date ?? '').localeCompare(a.date ?? '') || a.number - b.number;
}

function namedEntries(entries: DigestedEntry[]): string {
  const named = entries.slice(0, NAMED_IN_MESSAGE).map(entryName).join('; ');
  const more = entries.length - NAMED_IN_MESSAGE;
  return more > 0 ? l10n.t('{0} and {1} more', named, more) : named;
}

function entryName(entry: DigestedEntry): string {
  return l10n.t('{0}, entry {1}', entry.postTitle, entry.number);
}
