import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { StaleInvitation } from '../../core/network/find-stale-invitations.js';
import { renderStaleSent } from './network-report.js';
import { terminalStyleFor } from './terminal-style.js';

const plain = terminalStyleFor({ isTTY: false }, {});
const stale = (name: string, daysPending: number): StaleInvitation => ({
  invitation: {
    personKey: `n:${name.toLowerCase()}`,
    direction: 'OUTGOING',
    name,
    profileUrl: null,
    sentAt: '2026-10-01T09:00:00.000Z',
    message: null,
    pending: true,
  },
  daysPending,
});

describe('the network reports', () => {
  it('count the whole list when the week shows only its first entries, and say where the rest is', () => {
    const shown = [stale('Ann Oud', 56), stale('Bob Later', 40)];
    const en = renderStaleSent(shown, 'en', plain, 7);
    assert.match(en, /Unanswered invitations \(7\)/);
    assert.match(en, /… and 5 more: `netwerk sent`/);
    const nl = renderStaleSent(shown, 'nl', plain, 7);
    assert.match(nl, /Onbeantwoorde uitnodigingen \(7\)/);
    assert.match(nl, /… en nog 5: `netwerk sent`/);
  });

  it('list everything without a pointer elsewhere when nothing was left out', () => {
    const all = renderStaleSent([stale('Ann Oud', 56)], 'en', plain);
    assert.match(all, /Unanswered invitations \(1\)/);
    assert.doesNotMatch(all, /more:/);
  });
});
