import type { InitializeParams } from 'vscode-languageserver';
import type { FileSystem } from '../core/fileSystem';
import type { PostSummary } from '../core/postSummary';
import type { SummaryRequest } from '../workspace/summarizeFile';
import type { SummaryCache } from '../workspace/summaryCache';
import type { ClientFileSystem } from './clientFileSystem';

export type Renderer = typeof import('../render');

/** What differs between the server as a Node process (the desktop) and in a web worker (github.dev, vscode.dev). */
export interface ServerPlatform {
  /** Takes from the client's initialize params what the platform needs: the language of the messages, say. */
  initialize(params: InitializeParams): void;
  /** The renderer (with sass and liquidjs), loaded on the first preview, so that a server that only checks stays small. */
  loadRenderer(): Promise<Renderer>;
  /** What the workspace's files are read with, given the file system that reads them through the client. */
  fileSystem(client: ClientFileSystem): FileSystem;
  /** How the workspace index reads and summarizes one post file found through `files`. */
  summarizer(files: FileSystem): (request: SummaryRequest) => Promise<PostSummary | undefined>;
  /** The summaries kept between sessions in the client's storage folder, where the platform can keep them. */
  indexCache(): { cache: SummaryCache; load(storagePath: string | undefined): Promise<void> } | undefined;
}
