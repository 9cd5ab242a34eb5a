import type { InitializeParams } from 'vscode-languageserver';
import type { FileSystem, TextStore } from '../core/fileSystem';
import type { SummaryCache } from '../workspace/summaryCache';
import type { ClientFileSystem } from './clientFileSystem';
import type { ServerWorkers } from './workers';

/** What differs between the server as a Node process (the desktop) and in a web worker (github.dev, vscode.dev). */
export interface ServerPlatform {
  /** Takes from the client's initialize params what the platform needs: the language of the messages, say. */
  initialize(params: InitializeParams): void;
  /** What the workspace's files are read with, given the file system that reads them through the client. */
  fileSystem(client: ClientFileSystem): FileSystem;
  /** Where posts are checked, summarized for the index and rendered: worker threads with deadlines, or this thread. */
  workers(client: ClientFileSystem, files: FileSystem): ServerWorkers;
  /** What the preview's site work is kept in between sessions, given the client's storage folder for the workspace. */
  siteStore(storageUri: string, client: ClientFileSystem): TextStore;
  /**
   * A full collection of the server thread's heap, where the platform can ask for one: after a burst of work (a
   * blog's posts listed) V8 keeps the pages that work left, and nothing on this thread asks it to give them back (a
   * 1,000-post blog's first session: 139–141 MB once quiet, 25 s on; 104–111 MB with one collection once the index's
   * worker has retired).
   */
  releaseMemory?(): void;
  /** The summaries kept between sessions in the client's storage folder, where the platform can keep them. */
  indexCache(): { cache: SummaryCache; load(storagePath: string | undefined): Promise<void> } | undefined;
}
