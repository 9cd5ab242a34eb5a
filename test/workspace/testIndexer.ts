import { URI } from 'vscode-uri';
import { readText, type FileSystem } from '../../server/src/core/fileSystem';
import type { PostSummary } from '../../server/src/core/postSummary';
import { DEFAULT_SCHEMA } from '../../server/src/core/schema';
import { WorkspaceIndexer } from '../../server/src/workspace/indexer';
import { nodeFileSystem } from '../../server/src/workspace/nodeFileSystem';
import { summarizeText, type FolderSettings, type SummaryRequest } from '../../server/src/workspace/summarizeFile';
import type { SummaryCache } from '../../server/src/workspace/summaryCache';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';

export const INDEX_SETTINGS = { files: ['**/_posts/**/*.md'], schema: DEFAULT_SCHEMA, maxLength: 2_000_000 };

/** Reads a file through `files` and summarizes it in this thread, as the server's workers do. */
export async function summarizeFile(request: SummaryRequest, files: FileSystem): Promise<PostSummary | undefined> {
  const text = await readText(files, request.path);
  return text === undefined ? undefined : summarizeText(text, request);
}

export interface TestIndexerOptions {
  /** The URIs an editor has open. */
  open?: Set<string>;
  /** In this thread by default. */
  summarize?: (request: SummaryRequest) => Promise<PostSummary | undefined>;
  /** Always quiet by default. */
  whenQuiet?: () => Promise<void>;
  /** Summaries of earlier sessions (none by default). */
  cache?: SummaryCache;
  /** `INDEX_SETTINGS` by default. */
  settings?: FolderSettings;
  /** The disk by default. */
  files?: FileSystem;
  /** Workspace folders by URI, not on the disk (a virtual workspace), besides the folders by path. */
  folderUris?: string[];
}

/** An index of the folders (paths), kept by an indexer with the default settings. */
export function indexerFor(folders: string[], options: TestIndexerOptions = {}) {
  const {
    open = new Set(),
    files = nodeFileSystem,
    summarize = (request) => summarizeFile(request, files),
    whenQuiet = () => Promise.resolve(),
    cache,
    settings = INDEX_SETTINGS,
  } = options;
  const index = new WorkspaceIndex();
  const errors: unknown[] = [];
  const indexer = new WorkspaceIndexer(
    index,
    {
      folders: () => [...folders.map((folder) => URI.file(folder).toString()), ...(options.folderUris ?? [])],
      files,
      settingsFor: async () => settings,
      isOpen: (file) => open.has(file),
      read: async (_file, request) => ({ summary: await summarize(request) }),
      whenQuiet,
      logError: (_what, error) => errors.push(error),
    },
    cache,
  );
  return { index, indexer, errors };
}
