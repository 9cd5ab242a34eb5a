/**
 * How long after a keystroke the work in the background (summarizing files for the index, checking closed posts)
 * waits: longer than the diagnostics' pause (120 ms) and the check after it, so that the check of a keystroke never
 * shares the CPU with it.
 */
export const TYPING_PAUSE_MS = 250;

/**
 * Tells when the editor has been quiet for a while. Indexing parses on another thread, yet on two cores any work
 * beside the server's thread slows it by a sixth; so the indexer waits for a pause in typing before each file.
 */
export class QuietPeriod {
  private lastActivity = -Infinity;
  private waiters: (() => void)[] = [];
  private timer?: ReturnType<typeof setTimeout>;

  /** `quietMs`: how long after the last activity it is quiet again. */
  constructor(private readonly quietMs: number) {}

  noteActivity(): void {
    this.lastActivity = Date.now();
  }

  whenQuiet(): Promise<void> {
    if (this.remainingMs() <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiters.push(resolve);
      this.timer ??= setTimeout(() => this.release(), this.remainingMs());
    });
  }

  private remainingMs(): number {
    return this.lastActivity + this.quietMs - Date.now();
  }

  /** Lets the waiters go, unless there was activity since the timer was set: then it waits for that to end too. */
  private release(): void {
    const remaining = this.remainingMs();
    this.timer = remaining > 0 ? setTimeout(() => this.release(), remaining) : undefined;
    if (this.timer) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
