/**
 * The custom requests behind the authoring commands, shared by the language server and the VS Code client.
 * Every answer that can fail carries `error`, a message for the user, rather than a protocol error.
 */
import {
  NotificationType,
  RequestType,
  type Position,
  type Range,
  type TextDocumentIdentifier,
  type TextEdit,
} from 'vscode-languageserver-protocol';

export interface Failure {
  error: string;
}

export function isFailure(answer: object): answer is Failure {
  return 'error' in answer;
}

export interface DocumentParams {
  textDocument: TextDocumentIdentifier;
}

export interface DocumentStatus {
  isDigest: boolean;
  /** The first paper's title, where the cursor goes when a post opens. */
  firstTitle?: Range;
}

export const DocumentStatusRequest = new RequestType<DocumentParams, DocumentStatus, void>(
  'paperDigest/documentStatus',
);

/** Edits for one document version, applied together as one undoable change. */
export interface DocumentEdits {
  version: number;
  edits: TextEdit[];
  /** Where the cursor goes once the edits are applied. */
  cursor?: Position;
  /** Said to the user when there is nothing to change. */
  message?: string;
}

export const RenumberPapersRequest = new RequestType<DocumentParams, DocumentEdits | Failure, void>(
  'paperDigest/renumberPapers',
);

export interface MovePaperParams extends DocumentParams {
  position: Position;
  direction: 'up' | 'down';
}

export const MovePaperRequest = new RequestType<MovePaperParams, DocumentEdits | Failure, void>(
  'paperDigest/movePaper',
);

export interface ArxivReferenceParams {
  text: string;
  /** The document the paper is for, whose settings apply. */
  scopeUri?: string;
}

export const ArxivReferenceRequest = new RequestType<ArxivReferenceParams, { id: string } | Failure, void>(
  'paperDigest/arxivReference',
);

export interface AddPaperParams extends DocumentParams {
  /** What the user typed: an arXiv id or URL. */
  reference: string;
  /** The title, when already fetched: only the entry is written again (after the document changed). */
  title?: string;
  /** Add the paper even when the post already has it. */
  allowDuplicate?: boolean;
}

export interface PaperToAdd {
  version: number;
  id: string;
  title: string;
  number: number;
  /** Replaced by `snippet`: the trailing blank lines of the post. */
  range: Range;
  snippet: string;
}

export interface DuplicatePaper {
  id: string;
  duplicateOf: { number?: number; range: Range };
}

export const AddPaperRequest = new RequestType<AddPaperParams, PaperToAdd | DuplicatePaper | Failure, void>(
  'paperDigest/addPaper',
);

export interface NewDigestPostParams {
  folderUri: string;
  /** Today, YYYY-MM-DD, in the user's time zone. */
  date: string;
}

export interface NewDigestPost {
  /** Relative to the folder, `/`-separated. */
  path: string;
  /** The post before its first paper (front matter). */
  text: string;
  /** Paper 1 as a snippet, to replace `entryRange` (the text's trailing blank lines) once the file is open. */
  entrySnippet: string;
  entryRange: Range;
}

export const NewDigestPostRequest = new RequestType<NewDigestPostParams, NewDigestPost | Failure, void>(
  'paperDigest/newDigestPost',
);

/**
 * The line of the cursor in the active editor's document, sent when it changes; `null` once that editor is no longer
 * the active one. The server keeps the blanks of the paper entry being filled out of its diagnostics.
 */
export interface CursorParams {
  textDocument: TextDocumentIdentifier;
  line: number | null;
}

export const CursorNotification = new NotificationType<CursorParams>('paperDigest/cursor');
