// Post dates as Jekyll shows them: the wall-clock time in the site's time zone. We keep wall-clock fields in a Date's
// UTC slots and format them in UTC, so the machine's own time zone never shifts a post to another day.

/** A Date whose UTC fields are the wall-clock time in the site's time zone. */
export type WallClock = Date;

const DATE_TIME =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt ]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?\s*$/;

export function parseJekyllDate(value: unknown, timeZone: string | undefined): WallClock | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE_TIME.exec(value);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const wallClock = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (Number.isNaN(wallClock.getTime()) || wallClock.getUTCDate() !== day) return undefined;
  return match[7] ? inTimeZone(new Date(wallClock.getTime() - offsetMinutes(match[7]) * 60_000), timeZone) : wallClock;
}

function offsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits[0] === '-' ? -minutes : minutes;
}

/** The wall-clock time of an instant in a time zone (the machine's when the site names none or an unknown one). */
function inTimeZone(instant: Date, timeZone: string | undefined): WallClock {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return inTimeZone(instant, undefined);
  }
  const parts = format.formatToParts(instant);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second')));
}

/** The instant a wall-clock time of a time zone is (the machine's zone when the site names none or an unknown one). */
export function instantOf(wallClock: WallClock, timeZone: string | undefined): number {
  const guess = wallClock.getTime();
  const offset = inTimeZone(new Date(guess), timeZone).getTime() - guess;
  const instant = guess - offset;
  // Across a change of the zone's offset (daylight saving), the first guess is an hour off.
  return instant - (inTimeZone(new Date(instant), timeZone).getTime() - guess);
}
