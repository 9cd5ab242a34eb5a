// A post's date in Liquid is a Ruby Time in the site's time zone: `{{ page.date }}` prints Ruby's `Time#to_s`
// (`2025-11-05 17:15:00 +0900`), and the date filters format it with that zone's offset (`%z`, `date_to_xmlschema`).
// Dates here are wall-clock times in a Date's UTC slots (core/jekyll/dates.ts); liquidjs formats them with offset 0.
import type { FilterImplOptions, Liquid } from 'liquidjs';
import { instantOf, rubyTimeString } from '../../core/jekyll/dates';

type FilterHandler = Extract<FilterImplOptions, (...args: never[]) => unknown>;

/**
 * liquidjs's `outputEscape`: what `{{ }}` prints of a date, as Ruby prints a Time; anything else is handed on as it is
 * (liquidjs prints it then), whatever the option's type says.
 */
export function rubyTimeOutput(timeZone: string | undefined): (value: unknown) => string {
  return (value) => (value instanceof Date ? rubyTimeString(value, timeZone) : (value as string));
}

/** Jekyll's date filters over liquidjs's, given a date with its instant and its zone's offset. */
export function registerDateFilters(engine: Liquid, timeZone: string | undefined): void {
  const builtin = engine.filters.date as FilterHandler;
  const date: FilterHandler = function (value, format, offset) {
    if (!(value instanceof Date) || offset !== undefined) return builtin.call(this, value, format, offset);
    const instant = instantOf(value, timeZone);
    // liquidjs's offsets are JavaScript's `getTimezoneOffset`: minutes behind UTC.
    return builtin.call(this, new Date(instant), format, (instant - value.getTime()) / 60_000);
  };
  engine.registerFilter('date', date);
  engine.registerFilter('date_to_xmlschema', function (value) {
    return date.call(this, value, '%Y-%m-%dT%H:%M:%S%:z');
  });
  engine.registerFilter('date_to_rfc822', function (value) {
    return date.call(this, value, '%a, %d %b %Y %H:%M:%S %z');
  });
}
