import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ConnectionFact, MessageTally } from '../network/network-facts.js';
import { buildLedger, giftsFromEndorsements, giftsFromRecommendations } from './build-ledger.js';
import type { Gift } from './gift.js';
import { topGiveBackSuggestions } from './give-back.js';
import type { IntroductionFact } from './introduction.js';
import { giftsFromIntroductions } from './introduction.js';

const person = (
  personKey: string,
  name: string,
  position: string | null,
  company: string | null,
): ConnectionFact => ({
  personKey,
  name,
  profileUrl: personKey.startsWith('u:') ? `https://www.${personKey.slice(2)}` : null,
  company,
  position,
  connectedOn: '2020-01-01',
});

const ann = person('u:linkedin.com/in/ann', 'Ann Akker', 'Data Scientist', 'Bunq');
// An older export: no URL, keyed by name and date.
const bob = person('n:bob bakker|2020-01-01#0', 'Bob Bakker', 'Head of Payments', 'ING');
const cas = person('u:linkedin.com/in/cas', 'Cas Claes', 'Lead Data Scientist', 'Adyen');
const dirk = person('u:linkedin.com/in/dirk', 'Dirk Dekker', 'Payments Engineer', 'Adyen');
const jan1 = person('u:linkedin.com/in/jan-1', 'Jan Jansen', 'Nurse', 'Isala');
const jan2 = person('u:linkedin.com/in/jan-2', 'Jan Jansen', 'Nurse', 'Amphia');
const people = [ann, bob, cas, dirk, jan1, jan2];

const tally = (of: ConnectionFact, sent: number, received: number): MessageTally => ({
  personKey: of.personKey.startsWith('n:') ? `n:${of.name.toLowerCase()}` : of.personKey,
  name: of.name,
  profileUrl: of.profileUrl,
  sent,
  received,
  lastSentAt: '2025-01-01T00:00:00Z',
  lastReceivedAt: '2025-01-01T00:00:00Z',
});
// The user writes with Bob and Cas both ways; with Jan only one way.
const tallies = [tally(bob, 4, 3), tally(cas, 10, 9), tally(jan1, 2, 0)];

const introductions: IntroductionFact[] = [
  {
    id: 1,
    a: { personKey: ann.personKey, name: ann.name },
    b: { personKey: cas.personKey, name: cas.name },
    why: 'data science',
    status: 'done',
    createdAt: '2025-01-02T10:00:00Z',
    askedAt: '2025-01-03T10:00:00Z',
    acceptedAt: '2025-01-05T10:00:00Z',
    declinedAt: null,
    doneAt: '2025-01-10T10:00:00Z',
  },
];

const gifts: Gift[] = [
  ...giftsFromRecommendations([
    // Recommendations carry no URL: tied by name.
    {
      direction: 'received',
      personKey: 'n:ann akker',
      name: 'Ann Akker',
      jobTitle: 'Lead',
      createdAt: '2024-05-01T10:00:00Z',
    },
    {
      direction: 'given',
      personKey: 'n:cas claes',
      name: 'Cas Claes',
      jobTitle: null,
      createdAt: '2024-03-01T10:00:00Z',
    },
  ]),
  ...giftsFromEndorsements([
    {
      direction: 'received',
      personKey: ann.personKey,
      name: 'Ann Akker',
      skillName: 'TypeScript',
      endorsedAt: '2024-06-01T10:00:00Z',
    },
    {
      direction: 'given',
      personKey: ann.personKey,
      name: 'Ann Akker',
      skillName: 'SQL',
      endorsedAt: '2024-07-01T10:00:00Z',
    },
    // An older endorsement without URL, tied to Bob by his name.
    {
      direction: 'received',
      personKey: 'n:bob bakker',
      name: 'Bob Bakker',
      skillName: 'Leadership',
      endorsedAt: '2023-02-01T10:00:00Z',
    },
    // Two connections are called Jan Jansen: tied to neither.
    {
      direction: 'received',
      personKey: 'n:jan jansen',
      name: 'Jan Jansen',
      skillName: 'SQL',
      endorsedAt: '2023-02-01T10:00:00Z',
    },
    // After "now": left out.
    {
      direction: 'received',
      personKey: cas.personKey,
      name: 'Cas Claes',
      skillName: 'SQL',
      endorsedAt: '2027-01-01T10:00:00Z',
    },
  ]),
  {
    direction: 'received',
    kind: 'help',
    personKey: dirk.personKey,
    name: dirk.name,
    at: '2025-03-01T10:00:00Z',
    detail: 'happy to help',
    source: 'messages',
  },
  ...giftsFromIntroductions(introductions),
];

const now = '2026-11-26T12:00:00Z';

describe('buildLedger', () => {
  const ledger = buildLedger({ people, gifts, introductions, tallies, now, language: 'en' });

  it('ties gifts to connections by key, URL or a unique name, and puts the most owed first', () => {
    assert.deepEqual(
      ledger.people.map((entry) => [
        entry.name,
        entry.receivedPoints,
        entry.givenPoints,
        entry.balance,
      ]),
      [
        ['Ann Akker', 10, 7, 3],
        ['Bob Bakker', 2, 0, 2],
        ['Dirk Dekker', 1, 0, 1],
        ['Cas Claes', 0, 13, -13],
      ],
    );
    assert.deepEqual(ledger.unmatched.received, {
      recommendation: 0,
      introduction: 0,
      endorsement: 1,
      help: 0,
    });
  });

  it('keeps each gift on a timeline, oldest first', () => {
    const annEntry = ledger.people[0]!;
    assert.deepEqual(
      annEntry.timeline.map((item) => [
        item.at?.slice(0, 10),
        item.direction,
        item.kind,
        item.detail,
      ]),
      [
        ['2024-05-01', 'received', 'recommendation', 'Lead'],
        ['2024-06-01', 'received', 'endorsement', 'TypeScript'],
        ['2024-07-01', 'given', 'endorsement', 'SQL'],
        ['2025-01-10', 'given', 'introduction', 'Cas Claes'],
      ],
    );
    assert.equal(annEntry.firstAt, '2024-05-01T10:00:00Z');
    assert.equal(annEntry.lastAt, '2025-01-10T10:00:00Z');
  });

  it('suggests returning the most valuable gift not returned yet', () => {
    const suggestions = Object.fromEntries(
      ledger.people.map((entry) => [
        entry.name,
        entry.suggestion && [entry.suggestion.kind, entry.suggestion.because],
      ]),
    );
    assert.deepEqual(suggestions, {
      'Ann Akker': ['recommend', 'recommendation'],
      'Bob Bakker': ['endorse', 'endorsement'],
      'Dirk Dekker': ['introduce', 'help'],
      'Cas Claes': null,
    });
  });

  it('introduces to someone the user writes with, at another company, in the same line of work', () => {
    const dirkEntry = ledger.people.find((entry) => entry.name === 'Dirk Dekker')!;
    assert.deepEqual(dirkEntry.suggestion?.introduceTo, {
      personKey: bob.personKey,
      name: 'Bob Bakker',
      profileUrl: null,
      shared: ['payments'],
    });
    assert.equal(
      dirkEntry.suggestion?.text,
      'Introduce Dirk to Bob Bakker (Head of Payments, ING), whom you are in touch with: netwerk intro "Dirk Dekker" "Bob Bakker" --why "…"',
    );
    assert.equal(dirkEntry.suggestion?.reason, 'from Dirk: 1 offer of help; from you: nothing yet');
  });

  it('invites for coffee when the only match is already in the introductions log', () => {
    const asked: IntroductionFact = {
      ...introductions[0]!,
      id: 2,
      a: { personKey: bob.personKey, name: bob.name },
      b: { personKey: dirk.personKey, name: dirk.name },
      status: 'asked',
    };
    const again = buildLedger({
      people,
      gifts,
      introductions: [...introductions, asked],
      tallies,
      now,
      language: 'nl',
    });
    const suggestion = again.people.find((entry) => entry.name === 'Dirk Dekker')?.suggestion;
    assert.equal(suggestion?.kind, 'coffee');
    assert.equal(
      suggestion?.text,
      'Nodig Dirk uit voor koffie of een zakelijke lunch en vraag waarmee je kunt helpen.',
    );
  });

  it('names the skills they endorsed the user for, in the user language', () => {
    const nl = buildLedger({ people, gifts, introductions, tallies, now, language: 'nl' });
    const bobEntry = nl.people.find((entry) => entry.name === 'Bob Bakker')!;
    assert.equal(
      bobEntry.suggestion?.text,
      'Onderschrijf een vaardigheid van Bob (zie het profiel: de export noemt de vaardigheden van anderen niet); Bob onderschreef jou voor “Leadership”.',
    );
    assert.equal(bobEntry.suggestion?.reason, 'van Bob: 1 onderschrijving; van jou: nog niets');
  });

  it('leaves out what happened after now', () => {
    const earlier = buildLedger({
      people,
      gifts,
      introductions,
      tallies,
      now: '2024-06-15T00:00:00Z',
      language: 'en',
    });
    assert.deepEqual(
      earlier.people.map((entry) => [entry.name, entry.balance]),
      [
        ['Ann Akker', 10],
        ['Bob Bakker', 2],
        ['Cas Claes', -8],
      ],
    );
  });
});

describe('topGiveBackSuggestions', () => {
  it('gives the first n suggestions, most owed first', () => {
    const ledger = buildLedger({ people, gifts, introductions, tallies, now, language: 'en' });
    assert.deepEqual(
      topGiveBackSuggestions(ledger, 2).map((suggestion) => [
        suggestion.name,
        suggestion.kind,
        suggestion.text,
      ]),
      [
        ['Ann Akker', 'recommend', 'Write a recommendation for Ann: Ann wrote one for you.'],
        [
          'Bob Bakker',
          'endorse',
          "Endorse Bob for a skill on their profile (the export does not list other people's skills); Bob endorsed you for “Leadership”.",
        ],
      ],
    );
    assert.equal(topGiveBackSuggestions(ledger, 10).length, 3);
  });
});
