import { QuietPeriod, TYPING_PAUSE_MS } from '../../workspace/quietPeriod';
import { fileKey } from '../../workspace/workspaceIndex';
import type { ServerContext } from '../context';
import type { Feature } from '../feature';

/** Changes on disk and in the index come in bursts (a generator run, a branch switch): they are checked together. */
const BATCH_DELAY_MS = 100;
/** A run of this many posts (a session's start, a change of settings) gives its memory back once done. */
const BURST_POSTS = 100;
/**
 * How long after such a run its memory is given back: once the index's worker, which read the posts, has retired (5 s
 * after its last job) and the thread's own work on them is garbage.
 */
const RELEASE_DELAY_MS = 10_000;

/**
 * The Problems panel for the whole blog: every digest post of the workspace that is not open gets the diagnostics it
 * would get open, read from disk, once the index knows the workspace's posts; again when it changes on disk, when
 * the papers it compares with change, when it is closed, and when the settings change. One post at a time, each
 * after a pause in typing. `paperDigest.diagnostics.scope: "openFiles"` keeps the Problems panel to open files.
 */
export const workspaceDiagnosticsFeature: Feature = {
  capabilities: {},
  register(context: ServerContext) {
    const checker = new ClosedPostChecker(context);
    context.documents.onDidChangeContent(() => checker.typing.noteActivity());
    context.onInitialized(() => void context.indexBuilt.then(() => checker.queue(context.index.files())));
    context.onFilesChanged((changes) => checker.queueChanged(changes.map((change) => change.uri)));
    context.index.onDependentsChanged((files) => checker.queue(files));
    context.documents.onDidOpen(({ document }) => checker.opened(document.uri));
    context.documents.onDidClose(({ document }) => checker.queue([document.uri]));
    context.onSettingsChanged(() => void context.indexBuilt.then(() => checker.recheckAll()));
    context.onSitesChanged(() => checker.recheckAll());
  },
};

class ClosedPostChecker {
  readonly typing = new QuietPeriod(TYPING_PAUSE_MS);
  private readonly waiting = new Set<string>();
  /** Closed posts whose diagnostics were published from disk, by file key. */
  private readonly published = new Set<string>();
  private timer?: ReturnType<typeof setTimeout>;
  private release?: ReturnType<typeof setTimeout>;
  private running = false;

  constructor(private readonly context: ServerContext) {}

  queue(uris: string[]): void {
    for (const uri of uris) this.waiting.add(fileKey(uri));
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      void this.run();
    }, BATCH_DELAY_MS);
  }

  /** Files and folders changed on disk: a deleted folder takes the diagnostics of its posts along. */
  queueChanged(uris: string[]): void {
    const folders = uris.map((uri) => `${fileKey(uri)}/`);
    this.queue([...uris, ...[...this.published].filter((file) => folders.some((folder) => file.startsWith(folder)))]);
  }

  /** An open post's diagnostics are the editor's from now on (published for the same URI, they replace these). */
  opened(uri: string): void {
    const file = fileKey(uri);
    this.waiting.delete(file);
    this.published.delete(file);
  }

  recheckAll(): void {
    this.queue([...this.context.index.files(), ...this.published]);
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let listed = 0;
    try {
      for (let file = this.next(); file; file = this.next(), listed++) {
        await this.typing.whenQuiet();
        // While the folder is indexed (again), its summaries go first on the worker both use.
        await this.context.indexBuilt.catch(() => undefined);
        await this.check(file).catch((error) => this.context.logError(`checking ${file}`, error));
      }
    } finally {
      this.running = false;
    }
    if (listed < BURST_POSTS || !this.context.platform.releaseMemory) return;
    clearTimeout(this.release);
    this.release = setTimeout(() => this.context.platform.releaseMemory?.(), RELEASE_DELAY_MS);
    this.release.unref?.();
  }

  private next(): string | undefined {
    const [file] = this.waiting;
    if (file !== undefined) this.waiting.delete(file);
    return file;
  }

  private async check(file: string): Promise<void> {
    if (this.isOpen(file)) return;
    const settings = await this.context.settings.get(file);
    const diagnostics =
      settings.diagnosticsScope === 'workspace' ? await this.context.closedPosts.diagnostics(file) : [];
    if (this.isOpen(file)) return;
    if (diagnostics.length || this.published.has(file))
      await this.context.connection.sendDiagnostics({ uri: file, diagnostics });
    if (diagnostics.length) this.published.add(file);
    else this.published.delete(file);
  }

  private isOpen(file: string): boolean {
    return this.context.documents.all().some((document) => fileKey(document.uri) === file);
  }
}
