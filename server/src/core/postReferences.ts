import { permalinkSource, type PermalinkSource } from './jekyll/permalink';
import type { DigestModel, TextPart } from './model';
import { knownDate, postDates } from './postDates';

/**
 * What rules that compare a post with other posts read of it: its day and its papers' arXiv ids where they are
 * written. Small and plain, so it can leave the thread that parsed the post while the model stays behind.
 */
export interface PostReferences {
  date?: string;
  arxivIds: TextPart[];
  /** What its URL is made of; undefined when Jekyll publishes no page for it. */
  permalink?: PermalinkSource;
}

/** `path`: the file's path in its site (or workspace folder), for the `_posts` folder Jekyll reads its name in. */
export function postReferences(model: DigestModel, fileName: string | undefined, path = fileName): PostReferences {
  return {
    date: knownDate(postDates(model.frontMatter, model.text, fileName)),
    arxivIds: model.papers.flatMap(({ heading }) => heading.arxivId ?? []),
    permalink: permalinkSource(model.frontMatter, path),
  };
}
