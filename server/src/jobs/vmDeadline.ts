// A deadline for a synchronous call in Node's own thread: `vm`'s `timeout` has a watchdog thread stop the JavaScript
// running in the script (and in whatever it calls) once the time is up. Only what runs before the script returns is
// bounded: a promise or a timer the call leaves behind would escape, so only synchronous calls are handed in.
import { createContext, Script } from 'node:vm';
import { DeadlinePassed } from './inThread';

/** The call is handed in through the context, so that one script, compiled once, runs every call. */
const context = createContext({ call: undefined as (() => unknown) | undefined });
const CALL = new Script('call()');

export function withinVmDeadline<T>(call: () => T, deadlineMs: number): T {
  context.call = call;
  try {
    return CALL.runInContext(context, { timeout: deadlineMs }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT')
      throw new DeadlinePassed(`over ${deadlineMs} ms`);
    throw error;
  } finally {
    context.call = undefined;
  }
}
