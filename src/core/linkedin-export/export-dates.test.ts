import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  parseActivityDateTime,
  parseConnectedOn,
  parseIsoLikeDateTime,
  parseJavaDateTime,
  parseMonthYear,
  parseRichMediaSentence,
  parseUsDateTime,
} from './export-dates.js';

describe('export dates, each file its own format', () => {
  const cases: [string, (text: string) => unknown, string, unknown][] = [
    ['Connections Connected On', parseConnectedOn, '08 Feb 2026', '2026-02-08'],
    ['Connections with a full month name', parseConnectedOn, '15 September 2026', '2026-09-15'],
    ['Connections re-saved by Excel', parseConnectedOn, '4-Apr-21', '2021-04-04'],
    ['Connections re-saved by Excel, leap day', parseConnectedOn, '29-Feb-20', '2020-02-29'],
    ['Connections: a day that does not exist', parseConnectedOn, '30 Feb 2026', undefined],
    ['Connections: not a month', parseConnectedOn, '08 Foo 2026', undefined],
    ['Connections in Dutch (unverified)', parseConnectedOn, '08 mrt 2026', '2026-03-08'],
    ['Connections in German (unverified)', parseConnectedOn, '08. Mär 2026', '2026-03-08'],
    ['Connections in French (unverified)', parseConnectedOn, '08 févr. 2026', '2026-02-08'],
    ['Connections in French, July not June', parseConnectedOn, '08 juillet 2026', '2026-07-08'],
    ['Connections in Spanish (unverified)', parseConnectedOn, '08 dic 2026', '2026-12-08'],
    ['Invitations Sent At, morning', parseUsDateTime, '3/4/25, 9:07 AM', '2025-03-04T09:07:00Z'],
    ['Invitations Sent At, noon', parseUsDateTime, '11/2/20, 12:15 PM', '2020-11-02T12:15:00Z'],
    ['Invitations Sent At, midnight', parseUsDateTime, '1/1/26, 12:00 AM', '2026-01-01T00:00:00Z'],
    [
      'Invitations with a narrow no-break space',
      parseUsDateTime,
      '3/4/25, 9:07\u202fPM',
      '2025-03-04T21:07:00Z',
    ],
    ['messages DATE', parseIsoLikeDateTime, '2025-03-04 09:07:12 UTC', '2025-03-04T09:07:12Z'],
    ['Shares Date', parseActivityDateTime, '2025-03-04 09:07:12', '2025-03-04T09:07:12Z'],
    ['Shares re-saved by Excel', parseActivityDateTime, '3/4/2025 21:07', '2025-03-04T21:07:00Z'],
    ['Shares re-saved by Excel: no such day', parseActivityDateTime, '2/30/2025 9:07', undefined],
    ['Endorsement Date', parseIsoLikeDateTime, '2025/03/04 09:07:12 UTC', '2025-03-04T09:07:12Z'],
    [
      'Shares Date without a zone is UTC',
      parseIsoLikeDateTime,
      '2025-03-04 09:07:12',
      '2025-03-04T09:07:12Z',
    ],
    [
      'Learning date without seconds',
      parseIsoLikeDateTime,
      '2025-03-04 09:07 UTC',
      '2025-03-04T09:07:00Z',
    ],
    ['messages: an impossible date', parseIsoLikeDateTime, '2026-02-30 10:00:00 UTC', undefined],
    [
      'Company Follows Followed On',
      parseJavaDateTime,
      'Tue Mar 04 09:07:12 UTC 2025',
      '2025-03-04T09:07:12Z',
    ],
    ['Company Follows: the fixture form is not Java', parseJavaDateTime, '28 Nov 2024', undefined],
    ['Positions Started On', parseMonthYear, 'Mar 2021', '2021-03'],
    ['Education year only', parseMonthYear, '2015', '2015'],
    ['Positions in the fixtures', parseMonthYear, '01 Oct 2022', '2022-10'],
    ['Positions: garbage', parseMonthYear, 'sometime', undefined],
  ];
  for (const [label, parse, text, expected] of cases) {
    it(`reads ${label}: "${text}"`, () => {
      assert.equal(parse(text), expected);
    });
  }

  it('reads what a Rich_Media sentence says: the kind of upload and when (GMT)', () => {
    assert.deepEqual(
      parseRichMediaSentence('You uploaded a profile photo on March 4, 2025 at 9:07 AM (GMT)'),
      { kind: 'profile photo', at: '2025-03-04T09:07:00Z' },
    );
    assert.deepEqual(
      parseRichMediaSentence('You uploaded a feed document on December 31, 2024 at 11:59 PM (GMT)'),
      { kind: 'feed document', at: '2024-12-31T23:59:00Z' },
    );
    assert.equal(parseRichMediaSentence('Uploaded sometime'), undefined);
  });
});
