import { dequal } from 'dequal';
import { URI } from 'vscode-uri';
import { unversionedId } from '../core/arxiv';
import type { PostSummary } from '../core/postSummary';
import { postUrl } from '../core/jekyll/permalink';
import type { SiteFacts } from '../core/jekyll/siteFacts';
import type { DigestedElsewhere, DigestedEntry, SitePost, SitePosts } from '../core/rules/rule';

/** A paper entry of an indexed post. */
export interface IndexedPaper extends DigestedEntry {
  title: string;
  /** As written, versions included. */
  arxivId?: string;
  /** The title in lower case without spaces, for matching queries. */
  searchText: string;
}

/** How many posts use a tag or category. */
export interface TermUse {
  name: string;
  posts: number;
}

/** Called with the open documents whose checks read entries that just changed. */
export type DependentsListener = (files: string[]) => void;

const SEARCH_LIMIT = 500;

/**
 * Every digest post of the workspace, as summaries keyed by file URI: papers by arXiv id, a search over titles and ids,
 * and the tags and categories in use. Documents that looked papers up are told when those papers' entries change, and
 * those that compared their URL with the other posts' when one of those changes. A file of `_posts` Jekyll does not
 * publish is kept (its problems are the blog's too) but lists no paper, tag or category: it is no digest of the blog.
 */
export class WorkspaceIndex {
  private readonly posts = new Map<string, { summary: PostSummary; papers: IndexedPaper[] }>();
  private readonly byId = new Map<string, IndexedPaper[]>();
  /** Per document, the ids its last check looked up. */
  private readonly lookups = new Map<string, Set<string>>();
  /** The documents whose last check compared their URL with the other posts'. */
  private readonly urlLookups = new Set<string>();
  /** Per site and its URL settings, its published posts by URL; dropped when a post's URL may have changed. */
  private readonly urls = new Map<string, Map<string, SitePost[]>>();
  private readonly listeners: DependentsListener[] = [];

  get postCount(): number {
    return this.posts.size;
  }

  files(): string[] {
    return [...this.posts.keys()];
  }

  set(file: string, summary: PostSummary): void {
    const key = fileKey(file);
    const old = this.posts.get(key);
    if (old && dequal(old.summary, summary)) return;
    if (old) this.unlink(old.papers);
    const papers = summary.unpublished ? [] : indexedPapers(key, summary);
    this.posts.set(key, { summary, papers });
    for (const paper of papers) this.link(paper);
    this.changed(key, [...(old?.papers ?? []), ...papers], !dequal(old?.summary.permalink, summary.permalink));
  }

  delete(file: string): void {
    const key = fileKey(file);
    const old = this.posts.get(key);
    if (!old) return;
    this.posts.delete(key);
    this.unlink(old.papers);
    this.changed(key, old.papers, !!old.summary.permalink);
  }

  /** Removes every post in a folder (deleted or renamed as a whole). */
  deleteFolder(folder: string): void {
    const prefix = folderKey(folder);
    for (const file of this.files()) if (file.startsWith(prefix)) this.delete(file);
  }

  /** Every entry for the paper, any version, in any post. */
  entriesOf(arxivId: string): readonly IndexedPaper[] {
    return this.byId.get(unversionedId(arxivId)) ?? [];
  }

  /** The lookup a check of `file` gets: other posts only; the ids it asks for are remembered as its dependencies. */
  lookupFor(file: string): DigestedElsewhere {
    const key = fileKey(file);
    const asked = new Set<string>();
    this.lookups.set(key, asked);
    return (arxivId) => {
      asked.add(unversionedId(arxivId));
      return this.entriesOf(arxivId).filter((entry) => entry.file !== key);
    };
  }

  /**
   * The published posts of `file`'s site other than it, by the URL the site builds for them (its permalink and time
   * zone); asking makes `file` a dependent. `inSite` keeps the files of that site.
   */
  sitePostsFor(file: string, site: SiteFacts, inSite: (file: string) => boolean): SitePosts {
    const key = fileKey(file);
    return (url) => {
      this.urlLookups.add(key);
      return (this.urlsOf(site, inSite).get(url) ?? []).filter((post) => post.file !== key);
    };
  }

  /** The site's published posts by URL, made once per change of a post's URL. */
  private urlsOf(site: SiteFacts, inSite: (file: string) => boolean): Map<string, SitePost[]> {
    const key = JSON.stringify([site.root, site.permalink, site.timezone]);
    let urls = this.urls.get(key);
    if (urls) return urls;
    urls = new Map();
    for (const [file, { summary }] of this.posts) {
      if (!summary.permalink || !inSite(file)) continue;
      const url = postUrl(summary.permalink, site.permalink, site.timezone);
      const post = { file, path: sitePathOf(file), permalink: summary.permalink };
      urls.set(url, [...(urls.get(url) ?? []), post]);
    }
    this.urls.set(key, urls);
    return urls;
  }

  forgetLookups(file: string): void {
    this.lookups.delete(fileKey(file));
    this.urlLookups.delete(fileKey(file));
  }

  onDependentsChanged(listener: DependentsListener): void {
    this.listeners.push(listener);
  }

  /**
   * Papers whose title or id holds the query's characters in order (case-insensitive, spaces ignored), the way
   * editors filter symbols: the exact title or id first, then titles starting with the query, then titles or ids
   * holding it as is, then the rest; newer posts first within each.
   */
  search(query: string): IndexedPaper[] {
    const wanted = query.toLowerCase().replace(/\s+/g, '');
    const found: { paper: IndexedPaper; rank: number }[] = [];
    for (const { papers } of this.posts.values()) {
      for (const paper of papers) {
        const rank = matchRank(paper, wanted);
        if (rank !== undefined) found.push({ paper, rank });
      }
    }
    return found
      .sort(
        (a, b) =>
          a.rank - b.rank || (b.paper.date ?? '').localeCompare(a.paper.date ?? '') || a.paper.number - b.paper.number,
      )
      .slice(0, SEARCH_LIMIT)
      .map(({ paper }) => paper);
  }

  /** The tags used across the workspace's posts, the most used first. */
  tags(): TermUse[] {
    return this.termUses((summary) => summary.tags);
  }

  /** The categories used across the workspace's posts, the most used first. */
  categories(): TermUse[] {
    return this.termUses((summary) => summary.categories);
  }

  private termUses(termsOf: (summary: PostSummary) => string[]): TermUse[] {
    const counts = new Map<string, number>();
    for (const { summary } of this.posts.values()) {
      if (summary.unpublished) continue;
      for (const term of new Set(termsOf(summary))) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    return [...counts]
      .map(([name, posts]) => ({ name, posts }))
      .sort((a, b) => b.posts - a.posts || a.name.localeCompare(b.name));
  }

  private link(paper: IndexedPaper): void {
    if (!paper.arxivId) return;
    const id = unversionedId(paper.arxivId);
    const entries = this.byId.get(id);
    if (entries) entries.push(paper);
    else this.byId.set(id, [paper]);
  }

  private unlink(papers: IndexedPaper[]): void {
    for (const paper of papers) {
      if (!paper.arxivId) continue;
      const id = unversionedId(paper.arxivId);
      const remaining = (this.byId.get(id) ?? []).filter((entry) => entry !== paper);
      if (remaining.length) this.byId.set(id, remaining);
      else this.byId.delete(id);
    }
  }

  /** Tells the documents that read what changed: the entries of these papers, or (`urlChanged`) a post's URL. */
  private changed(file: string, papers: IndexedPaper[], urlChanged: boolean): void {
    const ids = new Set(papers.flatMap((paper) => (paper.arxivId ? [unversionedId(paper.arxivId)] : [])));
    const byId = [...this.lookups]
      .filter(([dependent, asked]) => dependent !== file && [...asked].some((id) => ids.has(id)))
      .map(([dependent]) => dependent);
    if (urlChanged) this.urls.clear();
    const byUrl = urlChanged ? [...this.urlLookups].filter((dependent) => dependent !== file) : [];
    const dependents = [...new Set([...byId, ...byUrl])];
    if (!dependents.length) return;
    for (const listener of this.listeners) listener(dependents);
  }
}

/** One spelling per file, whoever names it (VS Code, a file walk or a test's `pathToFileURL`). */
export function fileKey(uri: string): string {
  return URI.parse(uri).toString();
}

/** The start every file key inside the folder shares (the folder's key with a trailing `/`). */
export function folderKey(uri: string): string {
  return fileKey(uri).replace(/\/?$/, '/');
}

/** The innermost of the workspace folders (URIs) that holds the file or folder with this URI (or is it). */
export function innermostFolder(folders: string[], uri: string): string | undefined {
  const key = folderKey(uri);
  return folders.filter((folder) => key.startsWith(folderKey(folder))).sort((a, b) => b.length - a.length)[0];
}

/** The file's path from its `_posts` folder on (`_posts/2025-10-31-daily-papers.md`), for messages. */
function sitePathOf(file: string): string {
  const path = URI.parse(file).path;
  const posts = path.lastIndexOf('/_posts/');
  return posts < 0 ? path.slice(path.lastIndexOf('/') + 1) : path.slice(posts + 1);
}

function indexedPapers(file: string, summary: PostSummary): IndexedPaper[] {
  const postTitle = summary.title ?? URI.parse(file).path.split('/').pop() ?? file;
  return summary.papers.map((paper) => ({
    file,
    date: summary.date,
    postTitle,
    number: paper.number,
    heading: paper.heading,
    title: paper.title,
    arxivId: paper.arxivId,
    searchText: paper.title.toLowerCase().replace(/\s+/g, ''),
  }));
}

function matchRank(paper: IndexedPaper, wanted: string): number | undefined {
  const title = paper.searchText;
  const id = paper.arxivId?.toLowerCase() ?? '';
  if (!wanted) return 3;
  if (title === wanted || (id && unversionedId(id) === unversionedId(wanted))) return 0;
  if (title.startsWith(wanted)) return 1;
  if (title.includes(wanted) || id.includes(wanted)) return 2;
  return holdsInOrder(`${title}${id}`, wanted) ? 3 : undefined;
}

function holdsInOrder(text: string, characters: string): boolean {
  let at = 0;
  for (const character of characters) {
    at = text.indexOf(character, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
