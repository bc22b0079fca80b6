import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoWeekOf, isoWeekOfDate, lastIsoWeeks, localDate } from './iso-week.js';

describe('ISO weeks', () => {
  it('numbers weeks as ISO 8601 does, across year ends', () => {
    const cases: [string, string][] = [
      ['2026-11-26', '2026-W48'],
      ['2021-01-03', '2020-W53'],
      ['2021-01-04', '2021-W01'],
      ['2024-12-30', '2025-W01'],
      ['2026-01-01', '2026-W01'],
      ['2027-01-01', '2026-W53'],
    ];
    for (const [date, key] of cases) assert.equal(isoWeekOfDate(date).key, key, date);
    assert.equal(isoWeekOfDate('2026-11-26').monday, '2026-11-23');
  });

  it("puts an instant in the week of the user's time zone", () => {
    // Sunday 23:30 UTC is already Monday in Amsterdam: a new week there.
    const instant = new Date('2026-11-22T23:30:00Z');
    assert.equal(localDate(instant, 'Europe/Amsterdam'), '2026-11-23');
    assert.equal(isoWeekOf(instant, 'Europe/Amsterdam').key, '2026-W48');
    assert.equal(isoWeekOf(instant, 'UTC').key, '2026-W47');
    assert.equal(isoWeekOf(instant, 'America/New_York').key, '2026-W47');
  });

  it('lists the last weeks oldest first, the current one last', () => {
    const weeks = lastIsoWeeks(new Date('2026-11-26T12:00:00Z'), 'Europe/Amsterdam', 12);
    assert.equal(weeks.length, 12);
    assert.equal(weeks[11]?.key, '2026-W48');
    assert.equal(weeks[0]?.key, '2026-W37');
  });
});
