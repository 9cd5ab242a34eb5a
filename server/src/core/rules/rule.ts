import type { Severity } from '../../protocol/diagnostics';
import type { PermalinkSource } from '../jekyll/permalink';
import type { SiteFacts } from '../jekyll/siteFacts';
import type { DigestModel } from '../model';
import type { PostReferences } from '../postReferences';
import type { DigestSchema } from '../schema';
import type { LineRange, Span } from '../span';

export type { Severity };

export interface SpanEdit {
  span: Span;
  newText: string;
}

/** A quick fix: text edits in this document and, at most, a new file name for it. */
export interface Fix {
  title: string;
  edits: SpanEdit[];
  /** New base name of the file (same folder). */
  renameTo?: string;
}

/** A place in another file that a finding points at (shown as related information). */
export interface RelatedPlace {
  /** The file, as the caller of the validation names it (a URI in the language server). */
  file: string;
  range: LineRange;
  message: string;
}

export interface Finding {
  span: Span;
  message: string;
  fixes?: Fix[];
  related?: RelatedPlace[];
  /** Set when `jekyll build` stops on the post: what it prints then (the message quotes it too). */
  buildFails?: string;
  /** Set when Jekyll builds the site without the post (or another post takes its page). */
  leavesOut?: true;
  /**
   * Lower than the rule's severity, for a finding of what Jekyll reads otherwise than written where the rule's own is for
   * what stops the build; the severity the rule is set to stays the highest it can have.
   */
  severity?: Severity;
}

/** An entry of another post that digests a paper, as the workspace index knows it. */
export interface DigestedEntry {
  file: string;
  /** The other post's day, when it has one. */
  date?: string;
  /** The other post's title, or its file name when it has none. */
  postTitle: string;
  /** The entry's number as its heading shows it, else its position in the post. */
  number: number;
  /** The entry's heading. */
  heading: LineRange;
}

/** The entries of other posts that digest the paper with this unversioned arXiv id. */
export type DigestedElsewhere = (arxivId: string) => readonly DigestedEntry[];

/** Another published post of the same Jekyll site, as the workspace index knows it. */
export interface SitePost {
  file: string;
  /** Its path in the site, `/`-separated (`_posts/…`). */
  path: string;
  permalink: PermalinkSource;
}

/** The other published posts of the post's site that get this URL. */
export type SitePosts = (url: string) => readonly SitePost[];

/** The post's Jekyll site, and where the post is in it. */
export interface PostSite {
  facts: SiteFacts;
  /** The post's path inside the site's folder, `/`-separated. */
  path: string;
}

/** What rules that compare the post with the rest of the workspace read besides the post. */
export interface Elsewhere {
  /** Other posts' entries by arXiv id; absent when no workspace is known. */
  digestedElsewhere?: DigestedElsewhere;
  /** The other posts of its site; absent when no workspace is known. */
  sitePosts?: SitePosts;
  /** The post's site; absent when it is in none (or it is not known yet). */
  site?: PostSite;
}

export interface RuleContext extends Elsewhere {
  model: DigestModel;
  schema: DigestSchema;
  /** Base name of the file, when there is one (`2025-10-31-daily-papers.md`). */
  fileName?: string;
  /** The file's path relative to its site (or workspace folder), `/`-separated, when there is one. */
  relativePath?: string;
  /** The line ending the document uses. */
  eol: string;
  /** When the check runs, in milliseconds since 1970 (Jekyll skips posts dated after the build); now by default. */
  now?: number;
}

/** A post, or the part of one the rule reads, as the user writes it: for the rule's documentation and its test. */
export interface RuleExample {
  text: string;
  /** The post's file name, for the rules that read the date in it. */
  fileName?: string;
  /** Earlier posts of the workspace, file name to text, for the rules that look across posts. */
  earlierPosts?: Record<string, string>;
  /** The `paperDigest.maxFileSize` it is checked with. */
  maxFileSize?: number;
  /** Its check is abandoned: it takes longer than `paperDigest.limits.checkTimeoutMs`. */
  abandoned?: true;
  /** The example site's facts it is checked with, where it differs from `EXAMPLE_SITE` (`future`, say). */
  site?: Partial<SiteFacts>;
  /**
   * What `jekyll build` does with the post in the example site (test/fixtures/liquid-site), proven by the slow tier
   * (test/jekyll/ruleExamples.slow.test.ts): it stops the build, publishes the text as written, changes it (or
   * publishes it under another day than its date names), skips the post, or writes it and another post to one page.
   */
  jekyll?: JekyllOutcome;
}

export type JekyllOutcome = 'fails' | 'publishes' | 'changes' | 'skips' | 'conflicts';

export interface Rule {
  /** Stable code shown in the Problems panel and used in settings. */
  id: string;
  severity: Severity;
  /** One line for the settings, the README and the rule's page. */
  description: string;
  /** The same line in Korean. */
  descriptionKo: string;
  /** Posts the rule accepts, and posts it flags (each with at least one of its diagnostics). */
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
  check(context: RuleContext): Finding[];
  /** Set on rules that read the post's Jekyll site (`context.site`): while one is on, the site is read. */
  readsSite?: true;
  /** Set on rules whose findings go as time passes (`context.now`): a post they flagged is checked again, never kept. */
  readsNow?: true;
  /**
   * Set on rules that read the site's list of files (`context.site.facts.files`): a post they flagged is checked again
   * when files appear and in each session, never kept (a file a tag names may have appeared).
   */
  readsSiteFiles?: true;
  /**
   * Set on rules that compare the post with other posts, and read only its references: they run where the workspace
   * index is (the language server's thread), apart from the rules over the whole model (on a worker thread).
   */
  checkReferences?(references: PostReferences, elsewhere: Elsewhere): Finding[];
}
