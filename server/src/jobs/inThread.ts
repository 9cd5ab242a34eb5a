import type { JobKinds, JobOutcome, JobRunner, ValueOf, InputOf } from './jobPool';

/**
 * Runs jobs in this thread, with no deadline: where no worker script is built (the server run from its sources), and
 * for tests of what the jobs are used for.
 */
export class InThreadJobs<Kinds extends JobKinds> implements JobRunner<Kinds> {
  constructor(private readonly handlers: Kinds) {}

  async run<Kind extends keyof Kinds & string>(kind: Kind, input: InputOf<Kinds, Kind>): Promise<JobOutcome<ValueOf<Kinds, Kind>>> {
    try {
      const handler = this.handlers[kind] as (input: InputOf<Kinds, Kind>) => ValueOf<Kinds, Kind>;
      return { status: 'done', value: await handler(input) };
    } catch (error) {
      return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
    }
  }

  notify<Kind extends keyof Kinds & string>(kind: Kind, input: InputOf<Kinds, Kind>): void {
    void this.run(kind, input);
  }
}
