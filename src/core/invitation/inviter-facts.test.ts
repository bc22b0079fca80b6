import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PendingInvitation } from './inviter-facts.js';
import { applyFactsChange, findInviter, invitationFromPending } from './inviter-facts.js';

const pending: PendingInvitation[] = [
  {
    personKey: 'u:linkedin.com/in/karin-de-vries',
    name: 'Karin de Vries',
    profileUrl: 'https://www.linkedin.com/in/karin-de-vries',
    sentAt: '2026-11-20T09:00:00Z',
    message: null,
  },
  {
    personKey: 'u:linkedin.com/in/karin-smit',
    name: 'Karin Smit',
    profileUrl: 'https://www.linkedin.com/in/karin-smit',
    sentAt: '2026-11-21T09:00:00Z',
    message: 'Hi',
  },
  {
    personKey: 'n:tom baker',
    name: 'Tom Baker',
    profileUrl: null,
    sentAt: '2026-11-21T09:00:00Z',
    message: null,
  },
];

describe('findInviter', () => {
  it('finds by profile URL in any of its forms, or by name', () => {
    for (const query of [
      'https://www.linkedin.com/in/Karin-de-Vries/?trk=x',
      'linkedin.com/in/karin-de-vries',
      'karin de vries',
      'Karin  de Vries',
    ]) {
      const match = findInviter(query, pending);
      assert.equal(
        match.kind === 'found' && match.invitation.personKey,
        'u:linkedin.com/in/karin-de-vries',
        query,
      );
    }
    const tom = findInviter('tom', pending);
    assert.equal(tom.kind === 'found' && tom.invitation.name, 'Tom Baker');
  });

  it('says when a name fits several invitations, or none', () => {
    const karin = findInviter('Karin', pending);
    assert.equal(karin.kind, 'ambiguous');
    assert.equal(karin.kind === 'ambiguous' && karin.candidates.length, 2);
    assert.equal(findInviter('Nobody Here', pending).kind, 'none');
  });
});

describe('invitationFromPending', () => {
  it('adds what the user saw on the profile and leaves the rest unknown', () => {
    const invitation = invitationFromPending(pending[0]!, {
      headline: 'Verpleegkundige bij Isala',
      hasPhoto: true,
    });
    assert.deepEqual(invitation.from, {
      name: 'Karin de Vries',
      profileUrl: 'https://www.linkedin.com/in/karin-de-vries',
      headline: 'Verpleegkundige bij Isala',
      hasPhoto: true,
    });
    assert.equal('summary' in invitation.from, false);
    assert.equal(invitation.message, undefined);
  });
});

describe('applyFactsChange', () => {
  it('replaces given facts, forgets null ones and keeps absent ones', () => {
    const facts = { headline: 'Nurse at Isala', summary: '', hasPhoto: false };
    assert.deepEqual(applyFactsChange(facts, { hasPhoto: null, headline: 'Nurse' }), {
      headline: 'Nurse',
      summary: '',
    });
    assert.deepEqual(applyFactsChange(facts, {}), facts);
    assert.deepEqual(applyFactsChange({}, { summary: null }), {});
    assert.deepEqual(facts, { headline: 'Nurse at Isala', summary: '', hasPhoto: false });
  });
});
