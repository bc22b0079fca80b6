import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findFollowups } from './find-followups.js';
import { findReconnects, monthsBetween } from './find-reconnects.js';
import { findStaleSentInvitations } from './find-stale-invitations.js';
import type { ConnectionFact, InvitationFact, MessageTally } from './network-facts.js';
import { summariseVisibility } from './weekly-visibility.js';

const connection = (personKey: string, connectedOn: string, name = personKey): ConnectionFact => ({
  personKey,
  name,
  profileUrl: null,
  company: null,
  position: null,
  connectedOn,
});
const tally = (
  personKey: string,
  sent: number,
  received: number,
  lastSentAt: string | null,
  lastReceivedAt: string | null,
): MessageTally => ({
  personKey,
  name: personKey,
  profileUrl: null,
  sent,
  received,
  lastSentAt,
  lastReceivedAt,
});

describe('findFollowups', () => {
  const today = '2026-11-26';
  it('lists connections of the last N days, the day exactly N days ago included, newest first', () => {
    const result = findFollowups({
      connections: [
        connection('exactly-60', '2026-09-27'),
        connection('61-days', '2026-09-26'),
        connection('today', '2026-11-26'),
        connection('last-week', '2026-11-19'),
      ],
      messages: [],
      invitations: [],
      today,
      days: 60,
    });
    assert.deepEqual(
      result.map((f) => f.connection.personKey),
      ['today', 'last-week', 'exactly-60'],
    );
    assert.equal(result[2]?.daysSinceConnecting, 60);
  });

  it('drops people with a message either way since the connect day, but not for an older message', () => {
    const result = findFollowups({
      connections: [
        connection('wrote-me', '2026-11-20'),
        connection('i-wrote', '2026-11-20'),
        connection('same-day', '2026-11-20'),
        connection('before', '2026-11-20'),
      ],
      messages: [
        tally('wrote-me', 0, 1, null, '2026-11-21T08:00:00Z'),
        tally('i-wrote', 1, 0, '2026-11-22T08:00:00Z', null),
        tally('same-day', 1, 0, '2026-11-20T23:00:00Z', null),
        tally('before', 2, 2, '2025-01-01T08:00:00Z', '2025-01-02T08:00:00Z'),
      ],
      invitations: [],
      today,
      days: 60,
    });
    assert.deepEqual(
      result.map((f) => f.connection.personKey),
      ['before'],
    );
  });

  it('tells who invited whom, and keeps their note for the language of the first message', () => {
    const invitations: InvitationFact[] = [
      {
        personKey: 'a',
        direction: 'INCOMING',
        name: 'A',
        profileUrl: null,
        sentAt: '2026-11-18T09:00:00Z',
        message: 'Hoi, leuk je te spreken op de beurs!',
        pending: false,
      },
      {
        personKey: 'b',
        direction: 'OUTGOING',
        name: 'B',
        profileUrl: null,
        sentAt: '2026-11-18T09:00:00Z',
        message: null,
        pending: false,
      },
    ];
    const result = findFollowups({
      connections: [
        connection('a', '2026-11-20'),
        connection('b', '2026-11-20'),
        connection('c', '2026-11-20'),
      ],
      messages: [],
      invitations,
      today,
      days: 60,
    });
    assert.deepEqual(
      result.map((f) => [f.connection.personKey, f.invitedBy, f.theirNote]),
      [
        ['a', 'them', 'Hoi, leuk je te spreken op de beurs!'],
        ['b', 'me', null],
        ['c', 'unknown', null],
      ],
    );
  });
});

describe('findReconnects', () => {
  const now = '2026-11-26T12:00:00Z';
  it('keeps real two-way conversations silent for six months or more', () => {
    const result = findReconnects({
      tallies: [
        tally('six-months', 2, 1, '2026-05-26T10:00:00Z', '2026-05-20T10:00:00Z'),
        tally('five-months', 2, 2, '2026-06-27T10:00:00Z', '2026-06-27T10:00:00Z'),
        tally('one-way', 5, 0, '2025-01-01T10:00:00Z', null),
        tally('two-messages', 1, 1, '2025-01-01T10:00:00Z', '2025-01-01T10:00:00Z'),
      ],
      monthly: [],
      now,
    });
    assert.deepEqual(
      result.map((r) => r.personKey),
      ['six-months'],
    );
    assert.equal(result[0]?.silentMonths, 6);
  });

  it('ranks strong, balanced, recent ties that went quiet longest first', () => {
    const result = findReconnects({
      tallies: [
        tally('strong', 10, 10, '2025-11-01T10:00:00Z', '2025-11-01T10:00:00Z'),
        tally('lopsided', 18, 2, '2025-11-01T10:00:00Z', '2025-11-01T10:00:00Z'),
        tally('old', 10, 10, '2022-11-01T10:00:00Z', '2022-11-01T10:00:00Z'),
      ],
      monthly: [
        { personKey: 'strong', month: '2025-11', sent: 10, received: 10 },
        { personKey: 'lopsided', month: '2025-11', sent: 18, received: 2 },
        { personKey: 'old', month: '2022-11', sent: 10, received: 10 },
      ],
      now,
    });
    const byKey = new Map(result.map((r) => [r.personKey, r]));
    assert.equal(result[0]?.personKey, 'strong');
    // Balance: 20 messages both ways weigh more than 18 sent against 2 received.
    assert.equal(byKey.get('strong')?.tieStrength, 10);
    assert.equal(byKey.get('lopsided')?.tieStrength, 2);
    // Recency: the same conversation three years earlier is worth 1/8 of a year-old one.
    assert.equal(byKey.get('old')?.tieStrength, 1.25);
    // Silence lifts the score: 48 quiet months count four times, 12 months twice.
    assert.equal(byKey.get('old')?.score, 5);
    assert.equal(byKey.get('strong')?.score, 20);
  });

  it('counts whole calendar months', () => {
    assert.equal(monthsBetween('2026-05-26T10:00:00Z', '2026-11-26T12:00:00Z'), 6);
    assert.equal(monthsBetween('2026-05-27T10:00:00Z', '2026-11-26T12:00:00Z'), 5);
  });
});

describe('findStaleSentInvitations', () => {
  it('lists pending sent invitations of three weeks or older, oldest first', () => {
    const invitation = (
      personKey: string,
      sentAt: string,
      pending = true,
      direction: 'INCOMING' | 'OUTGOING' = 'OUTGOING',
    ): InvitationFact => ({
      personKey,
      direction,
      name: personKey,
      profileUrl: null,
      sentAt,
      message: null,
      pending,
    });
    const result = findStaleSentInvitations(
      [
        invitation('exactly-21', '2026-11-05T23:59:00Z'),
        invitation('20-days', '2026-11-06T08:00:00Z'),
        invitation('old', '2026-09-01T08:00:00Z'),
        invitation('answered', '2026-09-01T08:00:00Z', false),
        invitation('incoming', '2026-09-01T08:00:00Z', true, 'INCOMING'),
      ],
      '2026-11-26',
    );
    assert.deepEqual(
      result.map((s) => [s.invitation.personKey, s.daysPending]),
      [
        ['old', 86],
        ['exactly-21', 21],
      ],
    );
  });
});

describe('summariseVisibility', () => {
  const now = new Date('2026-11-26T12:00:00Z');
  it('counts posts, comments and reactions per ISO week of the last 12 weeks', () => {
    const visibility = summariseVisibility(
      [
        { type: 'share', at: '2026-11-24T08:00:00Z' },
        { type: 'comment', at: '2026-11-23T07:00:00Z' },
        { type: 'reaction', at: '2026-11-22T23:30:00Z' }, // Monday in Amsterdam
        { type: 'reaction', at: '2026-08-01T08:00:00Z' }, // older than 12 weeks
      ],
      now,
      'Europe/Amsterdam',
    );
    assert.equal(visibility.weeks.length, 12);
    assert.deepEqual(visibility.weeks[11], {
      week: '2026-W48',
      monday: '2026-11-23',
      posts: 1,
      comments: 1,
      reactions: 1,
    });
    assert.equal(
      visibility.weeks.reduce((sum, w) => sum + w.reactions, 0),
      1,
    );
    assert.equal(visibility.nudge, false);
  });

  it('nudges when there was no post or comment in the last two weeks, reactions or not', () => {
    const quiet = summariseVisibility(
      [
        { type: 'reaction', at: '2026-11-25T08:00:00Z' },
        { type: 'share', at: '2026-11-10T08:00:00Z' },
      ],
      now,
      'UTC',
    );
    assert.equal(quiet.nudge, true);
    const justInTime = summariseVisibility(
      [{ type: 'comment', at: '2026-11-12T08:00:00Z' }],
      now,
      'UTC',
    );
    assert.equal(justInTime.nudge, false);
    assert.equal(summariseVisibility([], now, 'UTC').nudge, true);
  });
});
