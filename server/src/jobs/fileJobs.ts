// The jobs that read files from the disk themselves, in Node's worker threads (or the CLI's own thread, for a run of a
// few files): the language server's read of a closed post (its summary for the workspace index and its findings, from
// one parse), summaries, and the CLI's check of a post file (read, fixed and written back with `--fix`, checked). Synchronous, so that a deadline in the thread bounds them whole (jobs/vmDeadline.ts).
import { createHash } from 'node:crypto';
import { checkPost, type PostCheck, type PostCheckOptions } from '../core/checkPost';
import { fixAll } from '../core/edits';
import { readSiteFacts } from '../core/jekyll/siteFacts';
import { parseDigest } from '../core/parseDigest';
import { summarizeModel, type PostSummary } from '../core/postSummary';
import { postReferences, type PostReferences } from '../core/postReferences';
import { abandonedModel } from '../core/repeatedMarkup';
import { LineIndex } from '../core/span';
import type { DigestDiagnostic } from '../core/validate';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { readBoundedFileSync, UnreadableFile, type ReadFailure } from '../workspace/regularFiles';
import { rewriteIfUnchanged, type Rewrite } from '../workspace/rewriteFile';
import type { SummaryRequest } from '../workspace/summarizeFile';
import { summarizeFileSync } from '../workspace/summarizeFileSync';
import { decodeUtf8 } from '../workspace/utf8';
import { POST_JOBS, readClosedPost, type ClosedPostInput, type ClosedPostRead } from './postJobs';

export interface CheckFileInput {
  path: string;
  options: PostCheckOptions;
  /** Apply the unambiguous fixes and write the file back. */
  fix: boolean;
  /** False when the file may be read but not rewritten (a link to a file outside the folder checked). */
  mayWrite: boolean;
}

/** What kept a file from being read, or fixed and written, as asked. */
export type FileProblem =
  /** Not a regular file that could be read (a FIFO, a device, gone, over the size cap). */
  | { kind: 'unreadable'; failure: ReadFailure; code?: string }
  /** Not valid UTF-8 from this offset of the decoded text on: it is checked as decoded, never rewritten. */
  | { kind: 'notUtf8'; at: number }
  /** Its fixes were not written: `reason` is the system's, or absent for a link out of the folder checked. */
  | { kind: 'notWritten'; reason?: string }
  /** Its fixes were not written: it changed while it was checked (the author saved it), and was left as it is. */
  | { kind: 'changed' }
  /** Its fixes were not written: its lines end with CR alone, which Jekyll does not read as line ends. */
  | { kind: 'crLineEnds' }
  /** Checking it was abandoned (over the deadline or the workers' memory). */
  | { kind: 'tooComplex' };

/** A post file as the CLI reports it; its model was dropped where it was checked. */
export interface CheckedFile {
  isDigest: boolean;
  /** From the rules over the post, not those over its references to other posts. */
  diagnostics: DigestDiagnostic[];
  /** Of the text the diagnostics are about (the fixed one, once written). */
  lineStarts: number[];
  summary?: PostSummary;
  references?: PostReferences;
  problems: FileProblem[];
}

export const FILE_JOBS = {
  /** The facts of the Jekyll site at `root` the checks read (its includes, plugins, how it builds). */
  siteFacts(root: string) {
    return readSiteFacts(nodeFileSystem, root);
  },

  /** Reads a file and summarizes it for the workspace index (a post whose check was abandoned: see ServerWorkers). */
  summarize(request: SummaryRequest) {
    return summarizeFileSync(request);
  },

  /**
   * Reads a closed post and checks it once, for its summary and its findings (`readClosedPost`), with the digest of its
   * bytes; when they are the kept ones (the file was only touched), they are not parsed again.
   */
  checkClosedFile(input: ClosedPostInput): ClosedPostRead {
    const bytes = readBoundedFileSync(input.request.path);
    const digest = createHash('sha256').update(bytes).digest('base64url').slice(0, DIGEST_LENGTH);
    if (digest === input.keptDigest) return { digest, unchanged: true };
    return { ...readClosedPost(utf8.decode(bytes), input), digest };
  },

  /** Summarizes a file the caller read (the CLI, which keeps summaries by the bytes it read). */
  summarizeText: POST_JOBS.summarizeText,

  /**
   * Reads a post file, fixes it (`fix`) and checks it. The fixed text is written only over the text that was read (a
   * file saved meanwhile is left alone), and never over a file that is not valid UTF-8 or whose lines end with CR alone.
   */
  checkFile({ path, options, fix, mayWrite }: CheckFileInput): CheckedFile {
    const read = readPostFile(path);
    if ('problem' in read) return notRead(read.problem);
    const { text, invalidAt } = decodeUtf8(read.bytes);
    const problems: FileProblem[] = invalidAt === undefined ? [] : [{ kind: 'notUtf8', at: invalidAt }];
    const check = checkPost(parseDigest(text, options.schema, options.maxLength), options, 'post');
    const fixed = fix && check.isDigest && invalidAt === undefined ? fixAll(text, options) : text;
    if (fixed === text) return checkedFile(text, check, options, problems);
    if (BARE_CR.test(text)) return checkedFile(text, check, options, [...problems, { kind: 'crLineEnds' }]);
    if (!mayWrite) return checkedFile(text, check, options, [...problems, { kind: 'notWritten' }]);
    let rewrite: Rewrite;
    try {
      rewrite = rewriteIfUnchanged(path, read.bytes, fixed);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      return checkedFile(text, check, options, [...problems, { kind: 'notWritten', reason }]);
    }
    if (rewrite === 'changed') return checkedFile(text, check, options, [...problems, { kind: 'changed' }]);
    return checkedFile(
      fixed,
      checkPost(parseDigest(fixed, options.schema, options.maxLength), options, 'post'),
      options,
      problems,
    );
  },

  /** The report of a post whose check was abandoned: read again (a scan, no parse) for its repeated markup. */
  abandonedFile({ path, options }: Pick<CheckFileInput, 'path' | 'options'>): CheckedFile {
    const read = readPostFile(path);
    if ('problem' in read) return notRead(read.problem);
    const { text } = decodeUtf8(read.bytes);
    return checkedFile(text, checkPost(abandonedModel(text), options, 'post'), options, [{ kind: 'tooComplex' }]);
  },
};

export type FileJobs = typeof FILE_JOBS;

/** As the server reads a post through its file system, and the editor opens it: a byte order mark is left out. */
const utf8 = new TextDecoder();
/** Characters of a post's digest kept: 192 bits. */
const DIGEST_LENGTH = 32;

/** A CR not followed by LF: a line end of the classic Mac OS, which Jekyll's front matter does not recognise. */
const BARE_CR = /\r(?!\n)/;

function readPostFile(path: string): { bytes: Buffer } | { problem: FileProblem } {
  try {
    return { bytes: readBoundedFileSync(path) };
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    return { problem: { kind: 'unreadable', failure: error.failure, code: error.code } };
  }
}

function notRead(problem: FileProblem): CheckedFile {
  return { isDigest: false, diagnostics: [], lineStarts: [0], problems: [problem] };
}

/** The report of a check; the model is summarized and dropped here, so that only what the report needs leaves. */
function checkedFile(text: string, check: PostCheck, options: PostCheckOptions, problems: FileProblem[]): CheckedFile {
  if (!check.isDigest) return { isDigest: false, diagnostics: [], lineStarts: [0], problems };
  return {
    isDigest: true,
    diagnostics: check.diagnostics,
    lineStarts: new LineIndex(text).lineStarts,
    summary: summarizeModel(check.model, options.fileName, options.relativePath),
    references: postReferences(check.model, options.fileName, options.relativePath),
    problems,
  };
}
