import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { checkPost, type PostCheck, type PostCheckOptions } from '../core/checkPost';
import { postReferences } from '../core/postReferences';
import { abandonedModel } from '../core/repeatedMarkup';
import { changeBetween, planReparse, reusable, spliceEntry } from '../core/reparseDigest';
import type { Elsewhere, PostSite } from '../core/rules/rule';
import type { Span } from '../core/span';
import { changesWithSiteFiles, inRuleOrder, readsSite, validateReferences } from '../core/validate';
import type { PostJobs } from '../jobs/postJobs';
import type { JobOutcome, JobRunner } from '../jobs/jobPool';
import type { DigestSettings } from '../settings/settings';

export interface Analysis extends PostCheck {
  uri: string;
  version: number;
  settings: DigestSettings;
  /** What it was checked with: where the post is, its site. */
  options: PostCheckOptions;
}

/**
 * The analysis of a document from the check of its post. The rules over its references to other posts run here, in
 * the server's thread, because the workspace index lives here; they cost a lookup per paper, never a parse.
 */
export function analysisFrom(
  document: Pick<TextDocument, 'uri' | 'version'>,
  settings: DigestSettings,
  check: PostCheck,
  options: PostCheckOptions,
  elsewhere: Elsewhere,
): Analysis {
  const references = check.isDigest
    ? validateReferences(postReferences(check.model, options.fileName, options.relativePath), {
        ...options,
        ...elsewhere,
      })
    : [];
  return {
    ...check,
    diagnostics: inRuleOrder([...check.diagnostics, ...references]),
    uri: document.uri,
    version: document.version,
    settings,
    options,
  };
}

/** What the analyses read of the workspace besides the document. */
export interface AnalysisWorkspace {
  folders(): string[];
  /** The post's Jekyll site, read once and kept; undefined outside any. */
  siteOf(uri: string): Promise<PostSite | undefined>;
  /** Other posts' entries, and the other posts of its site, for the document with this URI. */
  elsewhere(uri: string, site: PostSite | undefined): Elsewhere;
}

/** How the document with this URI is checked: its settings, and where it is among the workspace folders. */
export function postCheckOptions(uri: string, settings: DigestSettings, workspaceFolders: string[]): PostCheckOptions {
  const options: PostCheckOptions = {
    schema: settings.schema,
    rules: settings.rules,
    maxLength: settings.maxLength,
    globs: settings.files,
  };
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file') return options;
  const path = parsed.path;
  const folder = workspaceFolders
    .map((folderUri) => URI.parse(folderUri).path.replace(/\/?$/, '/'))
    .find((prefix) => path.startsWith(prefix));
  return {
    ...options,
    relativePath: folder ? path.slice(folder.length) : path,
    fileName: path.slice(path.lastIndexOf('/') + 1),
  };
}

/** How the document with this URI is checked, its site read when a rule that reads it is on. */
export async function checkOptionsFor(
  uri: string,
  settings: DigestSettings,
  workspace: AnalysisWorkspace,
): Promise<PostCheckOptions> {
  return {
    ...postCheckOptions(uri, settings, workspace.folders()),
    site: readsSite(settings.rules) ? await workspace.siteOf(uri) : undefined,
  };
}

interface Analyzed {
  analysis: Analysis;
  check: PostCheck;
  options: PostCheckOptions;
  /** The text checked: a client may send a version's number again with another text. */
  text: string;
}

interface PendingAnalysis {
  post: PostVersion;
  settings: DigestSettings;
  analysis: Promise<Analysis | undefined>;
}

/** A version whose check was abandoned, with the markup that likely made it too complex. */
interface Abandoned {
  text: string;
  settings: DigestSettings;
  repeatedMarkup?: Span;
}

/**
 * A version of a document as it was asked for: the editor's document changes in place as the author types, while its
 * check is under way.
 */
interface PostVersion {
  uri: string;
  version: number;
  text: string;
}

interface DocumentState {
  analyzed?: Analyzed;
  /** The newest analysis asked for and not yet made. */
  pending?: PendingAnalysis;
  abandoned?: Abandoned;
  /** The index changed what the rules over references read. */
  outdated?: boolean;
}

/**
 * Analyses each open document once per version; every feature reads the same analysis. Parsing runs as jobs (on
 * worker threads in the server), one at a time per document, with the settings' deadline: only the edited paper
 * entry when it can, else the whole post. This thread only compares texts, splices the entry into the model, and
 * validates it. A post whose check was abandoned gets `too-complex`, and is not checked again while the repeated
 * markup that likely caused it is left as it was, so typing elsewhere in it costs nothing.
 */
export class Analyzer {
  private readonly states = new Map<string, DocumentState>();

  constructor(
    private readonly jobs: JobRunner<PostJobs>,
    private readonly workspace: AnalysisWorkspace,
  ) {}

  /** The analysis of the document's version; undefined when the document was forgotten meanwhile. */
  analyze(document: TextDocument, settings: DigestSettings): Promise<Analysis | undefined> {
    let state = this.states.get(document.uri);
    if (!state) this.states.set(document.uri, (state = {}));
    const post = { uri: document.uri, version: document.version, text: document.getText() };
    const done = state.analyzed;
    if (
      done &&
      done.analysis.version === post.version &&
      done.text === post.text &&
      done.analysis.settings === settings
    ) {
      if (state.outdated)
        done.analysis = analysisFrom(
          document,
          settings,
          done.check,
          done.options,
          this.workspace.elsewhere(document.uri, done.options.site),
        );
      state.outdated = false;
      return Promise.resolve(done.analysis);
    }
    const waiting = state.pending;
    if (waiting?.post.version === post.version && waiting.post.text === post.text && waiting.settings === settings)
      return waiting.analysis;
    const pending = { post, settings } as PendingAnalysis;
    state.pending = pending;
    const current = state;
    pending.analysis = this.make(post, settings, current, () => current.pending === pending).finally(() => {
      if (current.pending === pending) current.pending = undefined;
    });
    return pending.analysis;
  }

  /** The document's analysis is to be made again from its model: what the rules over references read changed. */
  outdate(uri: string): void {
    const state = this.states.get(uri);
    if (state) state.outdated = true;
  }

  forget(uri: string): void {
    this.states.delete(uri);
  }

  /** Every document is to be checked anew (what its rules read besides it changed). */
  forgetAll(): void {
    this.states.clear();
  }

  /** Files appeared in a site: the documents whose check found a tag naming a file the site lacked are checked anew. */
  forgetChecksReadingSiteFiles(): string[] {
    const uris = [...this.states]
      .filter(([, state]) => state.analyzed && changesWithSiteFiles(state.analyzed.check.diagnostics))
      .map(([uri]) => uri);
    for (const uri of uris) this.states.delete(uri);
    return uris;
  }

  private async make(
    post: PostVersion,
    settings: DigestSettings,
    state: DocumentState,
    isCurrent: () => boolean,
  ): Promise<Analysis | undefined> {
    const options = await checkOptionsFor(post.uri, settings, this.workspace);
    const check = await this.check(post, settings, options, state, isCurrent);
    if (!check) return isCurrent() ? undefined : state.pending?.analysis;
    const analysis = analysisFrom(post, settings, check, options, this.workspace.elsewhere(post.uri, options.site));
    if (!state.analyzed || state.analyzed.analysis.version <= post.version)
      state.analyzed = { analysis, check, options, text: post.text };
    return analysis;
  }

  /** The check of the post over its own rules; undefined when a newer version took its place. */
  private async check(
    { uri, text }: PostVersion,
    settings: DigestSettings,
    options: PostCheckOptions,
    state: DocumentState,
    isCurrent: () => boolean,
  ): Promise<PostCheck | undefined> {
    const abandoned = state.abandoned && stillAbandoned(state.abandoned, text, settings);
    if (abandoned) {
      state.abandoned = abandoned;
      return checkPost(abandonedModel(text, abandoned.repeatedMarkup), options, 'post');
    }
    const job = { deadlineMs: settings.limits.checkTimeoutMs, key: uri };
    const plan = planReparse(state.analyzed?.check.model, text, settings.schema, settings.maxLength);
    if (plan.unchanged) return checkPost(plan.unchanged, options, 'post');
    if (plan.entry) {
      const read = await this.jobs.run('readEntry', { slice: plan.entry.slice, schema: settings.schema }, job);
      if (read.status === 'done' && read.value) return checkPost(spliceEntry(plan.entry, read.value), options, 'post');
      if (isAbandoned(read)) return this.abandon(state, text, settings, options);
      // Otherwise the entry could not be read alone (or its job failed): the whole post is read, unless it is outdated.
      if (read.status === 'cancelled' || !isCurrent()) return undefined;
    }
    const outcome = await this.jobs.run('checkText', { text, options }, job);
    if (outcome.status === 'done') {
      state.abandoned = undefined;
      return { ...outcome.value, model: reusable({ ...outcome.value.model, text }, settings.schema) };
    }
    if (isAbandoned(outcome)) return this.abandon(state, text, settings, options);
    if (outcome.status === 'cancelled') return undefined;
    throw new Error(`checking ${uri}: ${outcome.message}`);
  }

  private abandon(state: DocumentState, text: string, settings: DigestSettings, options: PostCheckOptions): PostCheck {
    const model = abandonedModel(text);
    state.abandoned = { text, settings, repeatedMarkup: model.tooComplex?.repeatedMarkup };
    return checkPost(model, options, 'post');
  }
}

function isAbandoned(outcome: JobOutcome<unknown>): outcome is { status: 'timedOut' | 'outOfMemory' } {
  return outcome.status === 'timedOut' || outcome.status === 'outOfMemory';
}

/**
 * The abandoned version carried over to `text` when it is surely as complex: same settings, and the edit left its
 * repeated markup whole (before it, after it, or adding to its end). Undefined when it is worth checking again.
 */
function stillAbandoned(abandoned: Abandoned, text: string, settings: DigestSettings): Abandoned | undefined {
  const markup = abandoned.repeatedMarkup;
  if (!markup || abandoned.settings !== settings) return undefined;
  const change = changeBetween(abandoned.text, text);
  const delta = change.newEnd - change.oldEnd;
  if (change.start >= markup.end) return { ...abandoned, text };
  if (change.oldEnd <= markup.start)
    return { ...abandoned, text, repeatedMarkup: { start: markup.start + delta, end: markup.end + delta } };
  return undefined;
}
