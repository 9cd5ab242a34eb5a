import { basename } from 'node:path';
import type { Diagnostic } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { checkPost, type PostCheckOptions } from '../core/checkPost';
import { readText } from '../core/fileSystem';
import { postReferences } from '../core/postReferences';
import { abandonedModel } from '../core/repeatedMarkup';
import { LineIndex } from '../core/span';
import { changesOutsideThePost, inRuleOrder, validateReferences } from '../core/validate';
import type { DigestSettings } from '../settings/settings';
import { relativePosixPath } from '../workspace/postFiles';
import type { SummaryRequest } from '../workspace/summarizeFile';
import type { FileStamp, PostFindings, PostRead, SummaryCache } from '../workspace/summaryCache';
import { innermostFolder } from '../workspace/workspaceIndex';
import { checkOptionsFor, type AnalysisWorkspace } from './analysis';
import type { ServerContext } from './context';
import { toDiagnostic } from './convert';

/**
 * The workspace's posts that are not open: each read and checked once, on the index's worker, for both its summary in
 * the workspace index and its findings in the Problems panel, both kept in the index's cache between sessions (by the
 * post's stamp and the digest of its bytes, the settings, its place, its site's facts and the server's build). The
 * rules that compare a post with other posts (`already-digested`, `permalink-conflict`) are never kept: they run here
 * over the kept references and the index each time the post is listed, a lookup per paper.
 */
export class ClosedPosts {
  constructor(
    private readonly context: ServerContext,
    private readonly workspace: AnalysisWorkspace,
    private readonly cache?: SummaryCache,
  ) {}

  /** The indexer's read of a post: its summary, with its findings to keep (one parse gives both). */
  async read(file: string, request: SummaryRequest): Promise<PostRead> {
    const settings = await this.context.settings.get(file);
    const read = await this.readWith(file, request, settings, await this.optionsFor(file, request, settings));
    if (!read.abandoned) return read;
    // Its check is over the deadline: its summary alone (headings and front matter) still puts it in the index.
    return { summary: await this.context.workers.summarize(request) };
  }

  /** The diagnostics of a closed post from the disk, as it would get them open; none for a file gone or no digest. */
  async diagnostics(file: string): Promise<Diagnostic[]> {
    const path = this.context.filePathOf(file);
    const folder = innermostFolder(this.workspace.folders(), file);
    const stamp = path === undefined || !folder ? undefined : await this.context.files.stat(path);
    if (path === undefined || !folder || stamp?.kind !== 'file') return [];
    const settings = await this.context.settings.get(file);
    const request = { path, relativePath: relativePosixPath(URI.parse(folder).fsPath, path), settings };
    const options = await this.optionsFor(file, request, settings);
    const findings =
      this.keptFindings(file, stamp, options) ?? (await this.check(file, request, stamp, settings, options));
    if (!findings) return [];
    const references = validateReferences(findings.references, {
      ...options,
      ...this.workspace.elsewhere(file, options.site),
    });
    const lines = new LineIndex(findings.lineStarts);
    const positions = { positionAt: (offset: number) => lines.positionAt(offset) };
    return inRuleOrder([...findings.diagnostics, ...references]).map((finding) => toDiagnostic(positions, finding));
  }

  /** How the post is checked: as an open document is, placed where the index places it. */
  private async optionsFor(file: string, request: SummaryRequest, settings: DigestSettings): Promise<PostCheckOptions> {
    const options = await checkOptionsFor(file, settings, this.workspace);
    return { ...options, relativePath: request.relativePath, fileName: basename(request.path) };
  }

  /** The findings kept for the post as it is, checked with these options, unless time may have changed them. */
  private keptFindings(file: string, stamp: FileStamp, options: PostCheckOptions): PostFindings | undefined {
    const kept = this.cache?.findings(file, stamp, this.cache.findingsKey(options));
    return kept && !changesOutsideThePost(kept.diagnostics) ? kept : undefined;
  }

  /** Reads and checks the post now (its findings are not kept, or not for these options), and keeps what it read. */
  private async check(
    file: string,
    request: SummaryRequest,
    stamp: FileStamp,
    settings: DigestSettings,
    options: PostCheckOptions,
  ): Promise<PostFindings | undefined> {
    const read = await this.readWith(file, request, settings, options);
    if (read.abandoned) return this.abandoned(request.path, options);
    if (this.cache) {
      this.cache.set(file, stamp, settings, read);
      this.context.indexCacheChanged();
    }
    return read.findings;
  }

  /** A post whose check was abandoned: `too-complex`, at the line its repeated markup starts (a scan, no parse). */
  private async abandoned(path: string, options: PostCheckOptions): Promise<PostFindings | undefined> {
    const text = await readText(this.context.files, path);
    if (text === undefined) return undefined;
    const check = checkPost(abandonedModel(text), options, 'post');
    return check.isDigest
      ? {
          diagnostics: check.diagnostics,
          references: postReferences(check.model, options.fileName, options.relativePath),
          lineStarts: new LineIndex(text).lineStarts,
        }
      : undefined;
  }

  /**
   * One read of the post on a worker; the kept one when its bytes are the kept read's (the file was only touched) and
   * time cannot have changed its findings.
   */
  private async readWith(
    file: string,
    request: SummaryRequest,
    settings: DigestSettings,
    options: PostCheckOptions,
  ): Promise<PostRead & { abandoned?: true }> {
    const key = this.cache?.findingsKey(options);
    const read = key === undefined ? undefined : this.cache?.kept(file, key);
    const kept = read?.findings && !changesOutsideThePost(read.findings.diagnostics) ? read : undefined;
    const fresh = await this.context.workers.readClosedPost(
      { request, options, keptDigest: kept?.digest },
      settings.limits.checkTimeoutMs,
    );
    if (fresh.unchanged && kept) return kept;
    const { summary, digest, findings, abandoned } = fresh;
    return { summary, digest, findings: findings && { ...findings, key: key ?? '' }, abandoned };
  }
}
