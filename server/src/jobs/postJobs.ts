// The jobs that read posts, handed to worker threads by the language server and the CLI: everything whose time
// grows with what a post holds (micromark is quadratic on markup repeated thousands of times). Pure: they run in a
// web worker's server too.
import { checkPost, type PostCheck, type PostCheckOptions } from '../core/checkPost';
import { fixAll, type FixAllOptions } from '../core/edits';
import { parseDigest } from '../core/parseDigest';
import { readEntrySlice, type EntrySlice } from '../core/reparseDigest';
import type { DigestSchema } from '../core/schema';
import { summarizeText, type SummaryRequest } from '../workspace/summarizeFile';

export interface CheckTextInput {
  text: string;
  options: PostCheckOptions;
}

export interface FixAllInput {
  text: string;
  options: FixAllOptions;
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
  /** The post with every unambiguous fix applied ("Fix all"): a parse per round of fixes. */
  fixAll({ text, options }: FixAllInput): string {
    return fixAll(text, options);
  },
};

export type PostJobs = typeof POST_JOBS;
