import type { JobKinds, JobOptions, JobOutcome, JobRunner, ValueOf, InputOf } from './jobPool';

/** Runs a synchronous call, stopping it once it has run `deadlineMs` (then it throws `DeadlinePassed`). */
export type WithinDeadline = <T>(call: () => T, deadlineMs: number) => T;

export class DeadlinePassed extends Error {}

/**
 * Runs jobs in this thread: where no worker script is built (the server run from its sources), for tests of what the
 * jobs are used for, and for the CLI's check of a run of a few files (no worker to start). With `withinDeadline` each
 * job is stopped at its deadline (`timedOut`, as on a worker); the jobs must then be synchronous, since what a job
 * leaves to run later escapes the deadline. There is no heap cap here: what may need one goes to a worker.
 */
export class InThreadJobs<Kinds extends JobKinds> implements JobRunner<Kinds> {
  constructor(
    private readonly handlers: Kinds,
    private readonly withinDeadline?: WithinDeadline,
  ) {}

  async run<Kind extends keyof Kinds & string>(
    kind: Kind,
    input: InputOf<Kinds, Kind>,
    options?: JobOptions,
  ): Promise<JobOutcome<ValueOf<Kinds, Kind>>> {
    const handler = this.handlers[kind] as (input: InputOf<Kinds, Kind>) => ValueOf<Kinds, Kind>;
    try {
      // The deadline bounds what a job does before it returns; what it awaits afterwards (files read) is awaited here.
      const value = await (this.withinDeadline && options
        ? this.withinDeadline(() => handler(input), options.deadlineMs)
        : handler(input));
      return { status: 'done', value };
    } catch (error) {
      if (error instanceof DeadlinePassed) return { status: 'timedOut' };
      return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  notify<Kind extends keyof Kinds & string>(kind: Kind, input: InputOf<Kinds, Kind>): void {
    void this.run(kind, input);
  }
}
