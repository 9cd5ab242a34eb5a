// Post dates as Jekyll reads them (Jekyll 4.3's `Utils.parse_date`: Ruby's `Time.parse(value.to_s).localtime`, with
// `ENV["TZ"]` set to the site's `timezone`), shown as wall-clock time in the site's time zone. We keep wall-clock
// fields in a Date's UTC slots and format them in UTC, so the machine's own time zone never shifts a post to another day.
import type { FrontMatterField } from '../model';

/** A Date whose UTC fields are the wall-clock time in the site's time zone. */
export type WallClock = Date;

/** A post's date as written: the `date:` field's value (or the file name's day), and how YAML reads it. */
export interface WrittenDate {
  text: string;
  /**
   * A plain (unquoted) YAML scalar: Ruby's Psych reads `2025-11-05 23:30:00` as a timestamp, in UTC when it names no
   * zone; a quoted string, a day alone and the file name's day are read by `Time.parse` in the site's time zone.
   */
  plain: boolean;
}

/** What Jekyll makes of a written date. */
export type JekyllDate =
  | {
      wallClock: WallClock;
      /** Ruby carried an impossible day or time over (`2025-11-31` is 2025-12-01): the day written is not the day read. */
      rolledOver: boolean;
      /** An unquoted time without a zone, which Ruby's YAML reads as UTC. */
      readAsUtc: boolean;
    }
  /** Ruby's `Time.parse` raises (a 32nd day, a 25th hour): `jekyll build` stops. */
  | { invalid: true }
  /** Ruby's `Time.parse` reads more forms than these (`2025-11-05 8시 15분`); what it takes from them is not told here. */
  | { lenient: true };

// Psych's timestamp (ScalarScanner::TIME), and the forms of `Time.parse` read here: a day, a time, a zone.
const PSYCH_TIMESTAMP =
  /^-?\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|\s+)\d{1,2}:\d\d:\d\d(?:\.\d*)?(?:\s*(?:Z|[-+]\d{1,2}:?(?:\d\d)?))?$/;
const DATE_TIME =
  /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d*)?)?)?(?:\s*(Z|z|[+-]\d{2}(?::?\d{2})?))?\s*$/;

/** The date of a post's `date:` field as written, else of its file name's day. */
export function writtenDate(field: FrontMatterField | undefined, fileDay: string | undefined): WrittenDate | undefined {
  if (typeof field?.value === 'string') return { text: field.value, plain: field.plain };
  return fileDay === undefined ? undefined : { text: fileDay, plain: false };
}

/** The wall-clock time Jekyll gives a post, or undefined when Jekyll fails on it or it is not read here. */
export function parseJekyllDate(written: WrittenDate | undefined, timeZone: string | undefined): WallClock | undefined {
  const date = written && readJekyllDate(written, timeZone);
  return date && 'wallClock' in date ? date.wallClock : undefined;
}

export function readJekyllDate(written: WrittenDate, timeZone: string | undefined): JekyllDate {
  const match = DATE_TIME.exec(written.text);
  // Ruby's `Date._parse` finds nothing in a text without a Latin letter or a digit: "no time information".
  if (!match) return /[A-Za-z0-9]/.test(written.text) ? { lenient: true } : { invalid: true };
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  // Ruby's `Time.utc` and `Time.parse` take a day up to 31 in any month and a 24th hour at its start, and carry them over.
  if (month < 1 || month > 12 || day < 1 || day > 31 || minute > 59 || second > 60) return { invalid: true };
  if (hour > 24 || (hour === 24 && (minute > 0 || second > 0))) return { invalid: true };
  const fields = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const rolledOver = fields.getUTCDate() !== day;
  const zone = match[7];
  const readAsUtc = !zone && written.plain && PSYCH_TIMESTAMP.test(written.text.trim());
  if (!zone && !readAsUtc) return { wallClock: fields, rolledOver, readAsUtc };
  const instant = new Date(fields.getTime() - (zone ? offsetMinutes(zone) : 0) * 60_000);
  return { wallClock: inTimeZone(instant, timeZone), rolledOver, readAsUtc };
}

function offsetMinutes(zone: string): number {
  if (zone === 'Z' || zone === 'z') return 0;
  const digits = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
  const minutes = Number(digits[2]) * 60 + Number(digits[3] ?? 0);
  return digits[1] === '-' ? -minutes : minutes;
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

/** A wall-clock time as Ruby's `Time#to_s` prints it, `2025-11-05 17:15:00 +0900`: what `{{ page.date }}` shows. */
export function rubyTimeString(wallClock: WallClock, timeZone: string | undefined): string {
  const offset = Math.round((wallClock.getTime() - instantOf(wallClock, timeZone)) / 60_000);
  const two = (value: number) => String(value).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  return `${wallClock.toISOString().slice(0, 19).replace('T', ' ')} ${sign}${two(Math.floor(Math.abs(offset) / 60))}${two(Math.abs(offset) % 60)}`;
}
