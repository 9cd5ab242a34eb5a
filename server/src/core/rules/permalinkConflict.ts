import * as l10n from '@vscode/l10n';
import { postUrl } from '../jekyll/permalink';
import { postReferences, type PostReferences } from '../postReferences';
import { frontMatter, paperEntry } from './examples';
import type { Elsewhere, Finding, Rule } from './rule';

const POST = frontMatter() + paperEntry();
const OWN_PERMALINK = frontMatter({ permalink: '/dailypaper/latest/' }) + paperEntry();
/** The post of a day, its `date:` unquoted as the blog writes it (a time without a zone: UTC to Ruby's YAML). */
const postOf = (day: string, date = `${day} 08:15:00`) =>
  frontMatter({ title: `"Daily Papers — ${day}"`, date }) + paperEntry();

export const permalinkConflict: Rule = {
  id: 'permalink-conflict',
  severity: 'error',
  readsSite: true,
  description:
    'Another post of the site gets the same URL (a `.md` and a `.markdown` of one name, or one `permalink:`): Jekyll writes both to one page and one of them is lost.',
  descriptionKo:
    '사이트의 다른 포스트와 URL이 같습니다(이름이 같은 `.md`와 `.markdown`, 또는 같은 `permalink:`). Jekyll은 둘을 한 페이지에 써서 하나가 사라집니다.',
  examples: {
    invalid: [
      {
        text: POST,
        fileName: '2025-10-31-daily-papers.md',
        earlierPosts: { '2025-10-31-daily-papers.markdown': POST },
        jekyll: 'conflicts',
      },
      {
        text: OWN_PERMALINK,
        fileName: '2025-10-31-daily-papers.md',
        earlierPosts: { '2025-10-30-daily-papers.md': OWN_PERMALINK },
        jekyll: 'conflicts',
      },
      {
        // 23:30 UTC is 08:30 of the next day in Seoul: the earlier post is published under this one's day.
        text: postOf('2025-11-08'),
        fileName: '2025-11-08-daily-papers.md',
        earlierPosts: { '2025-11-07-daily-papers.md': postOf('2025-11-07', '2025-11-07 23:30:00') },
        jekyll: 'conflicts',
      },
    ],
    valid: [
      {
        text: POST,
        fileName: '2025-10-31-daily-papers.md',
        earlierPosts: { '2025-10-30-daily-papers.md': POST.replaceAll('2025-10-31', '2025-10-30') },
        jekyll: 'publishes',
      },
      {
        // The other post's 2025-11-05 23:30 (UTC) is 2025-11-06 08:30 in Seoul: it is published under 2025-11-06.
        text: postOf('2025-11-05'),
        fileName: '2025-11-05-daily-papers.md',
        earlierPosts: { '2025-11-06-daily-papers.md': postOf('2025-11-06', '2025-11-05 23:30:00') },
        jekyll: 'publishes',
      },
    ],
  },
  check: (context) => sharedPages(postReferences(context.model, context.fileName, context.relativePath), context),
  checkReferences: sharedPages,
};

function sharedPages({ permalink }: PostReferences, { site, sitePosts }: Elsewhere): Finding[] {
  if (!permalink || !site || !sitePosts) return [];
  const url = postUrl(permalink, site.facts.permalink, site.facts.timezone);
  const others = sitePosts(url);
  if (!others.length) return [];
  return [
    {
      span: { start: 0, end: 0 },
      message: l10n.t(
        'Jekyll writes this post and {0} to the same page, {1}: one of them is lost. Jekyll: Conflict: The following destination is shared by multiple files.',
        others.map((post) => `\`${post.path}\``).join(', '),
        url,
      ),
      related: others.map((post) => ({
        file: post.file,
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        message: l10n.t('also written to {0}', url),
      })),
      leavesOut: true,
    },
  ];
}
