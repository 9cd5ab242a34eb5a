import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readJekyllDate, rubyTimeString, type JekyllDate } from '../../../server/src/core/jekyll/dates';

const SEOUL = 'Asia/Seoul';
/** What Jekyll makes of a date, as `{{ page.date }}` prints it, or why there is none. */
function read(text: string, plain: boolean, timeZone = SEOUL): string {
  const date: JekyllDate = readJekyllDate({ text, plain }, timeZone);
  if ('invalid' in date) return 'invalid';
  if ('lenient' in date) return 'lenient';
  return `${rubyTimeString(date.wallClock, timeZone)}${date.rolledOver ? ' rolled over' : ''}`;
}

describe('Jekyll dates', () => {
  it('reads an unquoted time without a zone as UTC (a YAML timestamp), shown in the site time zone', () => {
    assert.equal(read('2025-11-05 23:30:00', true), '2025-11-06 08:30:00 +0900');
    assert.equal(read('2025-11-05 08:15:00', true), '2025-11-05 17:15:00 +0900');
    assert.equal(read('2025-11-05T08:15:00.5', true), '2025-11-05 17:15:00 +0900');
  });

  it("reads a quoted date, a day alone and a time without seconds in the site's time zone (Ruby's Time.parse)", () => {
    assert.equal(read('2025-11-05 23:30:00', false), '2025-11-05 23:30:00 +0900');
    assert.equal(read('2025-11-05', true), '2025-11-05 00:00:00 +0900');
    assert.equal(read('2025-11-05', false), '2025-11-05 00:00:00 +0900');
    assert.equal(read('2025-11-05 8:15', true), '2025-11-05 08:15:00 +0900');
  });

  it('reads a zone as that instant, quoted or not', () => {
    assert.equal(read('2025-11-05 23:30:00 +0000', true), '2025-11-06 08:30:00 +0900');
    assert.equal(read('2025-11-05T23:30:00Z', false), '2025-11-06 08:30:00 +0900');
    assert.equal(read('2025-11-05 08:15:00 +09:00', true), '2025-11-05 08:15:00 +0900');
    assert.equal(read('2025-11-05 08:15:00 -05:00', false), '2025-11-05 22:15:00 +0900');
  });

  it('carries an impossible day or time over as Ruby does', () => {
    assert.equal(read('2025-11-31', false), '2025-12-01 00:00:00 +0900 rolled over');
    assert.equal(read('2025-11-31 08:15:00', true), '2025-12-01 17:15:00 +0900 rolled over');
    assert.equal(read('2025-02-29 08:15:00', false), '2025-03-01 08:15:00 +0900 rolled over');
    assert.equal(read('2025-02-30', false), '2025-03-02 00:00:00 +0900 rolled over');
    assert.equal(read('2025-11-05 24:00:00', false), '2025-11-06 00:00:00 +0900 rolled over');
  });

  it('says which dates Ruby refuses, and which it reads in ways not told here', () => {
    for (const text of [
      '',
      '어제',
      '2025-11-32',
      '2025-11-00',
      '2025-13-01',
      '2025-11-05 25:00:00',
      '2025-11-05 23:60:00',
    ])
      assert.equal(read(text, true), 'invalid', text);
    for (const text of ['2025-11-05 8시 15분', '2025년 11월 5일', '2025-11-05 08:15:00 -5'])
      assert.equal(read(text, false), 'lenient');
  });

  it('prints the offset of the zone at that time', () => {
    assert.equal(read('2025-07-01 12:00:00', false, 'America/New_York'), '2025-07-01 12:00:00 -0400');
    assert.equal(read('2025-12-01 12:00:00', false, 'America/New_York'), '2025-12-01 12:00:00 -0500');
  });
});
