// The jobs that read posts, handed to worker threads by the language server and the CLI: everything whose time
// grows with what a post holds (micromark is quadratic on markup repeated thousands of times). Pure: they run in a
// web worker's server too.
import { checkPost, type PostCheck, type PostCheckOptions } from '../core/checkPost';
import { fixAll, type FixAllOptions } from '../core/edits';
import { parseDigest } from '../core/parseDigest';
import { postReferences } from '../core/postReferences';
import { summarizeModel, type PostSummary } from '../core/postSummary';
import { readEntrySlice, type EntrySlice } from '../core/reparseDigest';
import type { DigestSchema } from '../core/schema';
import { LineIndex } from '../core/span';
import { summarizeText, type SummaryRequest } from '../workspace/summarizeFile';
import type { PostFindings } from '../workspace/summaryCache';

export interface CheckTextInput {
  text: string;
  options: PostCheckOptions;
}

export interface FixAllInput {
  text: string;
  options: FixAllOptions;
}

/** A post that is not open, to read once for both the workspace index and the Problems panel. */
export interface ClosedPostInput {
  request: SummaryRequest;
  /** How it is checked (its settings, its site). */
  options: PostCheckOptions;
  /** The digest of the bytes whose read is kept: the same bytes are not read again (see `checkClosedFile`). */
  keptDigest?: string;
}

/** What a closed post's read gives. */
export interface ClosedPostRead {
  /** Undefined for a file that is no digest, or is left out of the index (longer than `maxLength`). */
  summary?: PostSummary;
  /** Undefined for a file that is no digest. */
  findings?: PostFindings;
  /** Of the bytes read, where the job read them (see `checkClosedFile`). */
  digest?: string;
  /** The bytes are those of `keptDigest`: nothing else was read. */
  unchanged?: true;
  /** Over the check's deadline or the workers' memory: nothing was read. */
  abandoned?: true;
}

/**
 * One parse of a closed post gives its summary for the index and its findings from the rules over it alone (those over
 * its references to other posts run where the index is); nothing for a file that is no digest. A post longer than the
 * settings' `maxLength` is checked past its front matter no more, and left out of the index.
 */
export function readClosedPost(text: string, { request, options }: ClosedPostInput): ClosedPostRead {
  const check = checkPost(parseDigest(text, options.schema, options.maxLength), options, 'post');
  if (!check.isDigest) return {};
  return {
    summary:
      text.length > request.settings.maxLength
        ? undefined
        : summarizeModel(check.model, options.fileName, options.relativePath),
    findings: {
      // Fixes are offered in the editor, on the open post's own analysis: the Problems panel shows none.
      diagnostics: check.diagnostics.map(({ fixes: _fixes, ...diagnostic }) => diagnostic),
      references: postReferences(check.model, options.fileName, options.relativePath),
      lineStarts: new LineIndex(text).lineStarts,
    },
  };
}

export const POST_JOBS = {
  /**
   * Parses a post and runs the rules over it, not those over its references to other posts (they need the workspace
   * index, which is not here). The model comes back without its text: the caller has it.
   */
  checkText({ text, options }: CheckTextInput): PostCheck {
    const check = checkPost(parseDigest(text, options.schema, options.maxLength), options, 'post');
    return { ...check, model: { ...check.model, text: '' } };
  },
  /** Reads one paper entry again from its slice (after an edit inside it). */
  readEntry({ slice, schema }: { slice: EntrySlice; schema: DigestSchema }) {
    return readEntrySlice(slice, schema);
  },
  /** The summary of a file read by the caller (where only it can read the workspace), for the workspace index. */
  summarizeText({ text, request }: { text: string; request: SummaryRequest }) {
    return summarizeText(text, request);
  },
  /** A closed post read by the caller (where only it can read the workspace): see `readClosedPost`. */
  checkClosedText({ text, input }: { text: string; input: ClosedPostInput }): ClosedPostRead {
    return readClosedPost(text, input);
  },
  /** The post with every unambiguous fix applied ("Fix all"): a parse per round of fixes. */
  fixAll({ text, options }: FixAllInput): string {
    return fixAll(text, options);
  },
};

export type PostJobs = typeof POST_JOBS;
