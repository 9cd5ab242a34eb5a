// When the preview asks for renders: one request at a time for the post it shows, the changes made meanwhile
// coalesced into the next; and at once for another post, whose request takes the place of the one in flight (that one
// is cancelled, and its answer is never shown under the new post's name).

/** A request's view of its turn: whether its answer may still be shown, and the signal that it was cancelled. */
export interface RenderTurn {
  readonly signal: AbortSignal;
  isCurrent(): boolean;
}

/** Renders `target` (asks for it, shows the answer while its turn is current); true when it should render again. */
export type RenderStep<Target> = (target: Target, turn: RenderTurn) => Promise<boolean>;

export class RenderLoop<Target> {
  private running: { target: Target; controller: AbortController } | undefined;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    /** What the preview should show now. */
    private readonly target: () => Target,
    private readonly step: RenderStep<Target>,
  ) {}

  /** The target, or its text, changed: renders it once this tick's other changes are made. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.next(), 0);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.running?.controller.abort();
    this.running = undefined;
  }

  private async next(): Promise<void> {
    const target = this.target();
    if (this.running?.target === target) {
      this.again = true;
      return;
    }
    this.running?.controller.abort();
    const turn = { target, controller: new AbortController() };
    this.running = turn;
    this.again = false;
    let again = false;
    try {
      again = await this.step(target, { signal: turn.controller.signal, isCurrent: () => this.running === turn });
    } finally {
      if (this.running === turn) {
        this.running = undefined;
        if (again || this.again) this.schedule();
      }
    }
  }
}
