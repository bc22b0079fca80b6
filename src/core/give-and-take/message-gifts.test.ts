import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MessageFact, ParticipantFact } from './message-gifts.js';
import { MessageGiftCollector } from './message-gifts.js';

const me = 'u:linkedin.com/in/karin';
const owner = { keys: new Set([me]), names: new Set(['karin visser']) };
const participants: ParticipantFact[] = [
  { conversationId: 'one', personKey: me, name: 'Karin Visser' },
  { conversationId: 'one', personKey: 'u:linkedin.com/in/ann', name: 'Ann Akker' },
  { conversationId: 'group', personKey: me, name: 'Karin Visser' },
  { conversationId: 'group', personKey: 'u:linkedin.com/in/ann', name: 'Ann Akker' },
  { conversationId: 'group', personKey: 'u:linkedin.com/in/bob', name: 'Bob Bakker' },
  // An older export names recipients only; the owner is known by name.
  { conversationId: 'old', personKey: 'n:karin visser', name: 'Karin Visser' },
  { conversationId: 'old', personKey: 'n:cas claes', name: 'Cas Claes' },
  // Cas also wrote: as a sender he has his URL key, as a recipient his name key.
  { conversationId: 'old', personKey: 'u:linkedin.com/in/cas', name: 'Cas Claes' },
  // Before late 2023 the owner's own URL shows only as a sender: the owner is known by name.
  { conversationId: 'old', personKey: 'u:linkedin.com/in/karin-visser', name: 'Karin Visser' },
];

const message = (
  conversationId: string,
  sender: string,
  sentAt: string,
  content: string,
): MessageFact => ({
  conversationId,
  senderKey: sender,
  senderName: null,
  fromOwner: sender === me,
  sentAt,
  content,
});

const collect = (messages: MessageFact[]) => {
  const collector = new MessageGiftCollector(participants, owner);
  collector.add(messages.slice(0, 2));
  collector.add(messages.slice(2));
  return collector
    .gifts()
    .map((gift) => [gift.direction, gift.kind, gift.personKey, gift.at?.slice(0, 10)])
    .sort((a, b) => String(a).localeCompare(String(b)));
};

describe('MessageGiftCollector', () => {
  it('counts an offer in a one-to-one conversation as help, either way, also when an older export keys the other twice', () => {
    assert.deepEqual(
      collect([
        message('one', me, '2025-03-01T10:00:00Z', 'Leuk je te spreken! Waarmee kan ik je helpen?'),
        message(
          'one',
          'u:linkedin.com/in/ann',
          '2025-03-02T10:00:00Z',
          'Happy to introduce you to our CFO.',
        ),
        message(
          'old',
          'u:linkedin.com/in/cas',
          '2025-04-02T10:00:00Z',
          'Kan ik je ergens mee helpen?',
        ),
        message('old', me, '2025-04-03T10:00:00Z', 'Dank je! En kan ik jou ergens mee helpen?'),
      ]),
      [
        ['given', 'help', 'u:linkedin.com/in/ann', '2025-03-01'],
        ['given', 'help', 'u:linkedin.com/in/cas', '2025-04-03'],
        ['received', 'help', 'u:linkedin.com/in/ann', '2025-03-02'],
        ['received', 'help', 'u:linkedin.com/in/cas', '2025-04-02'],
      ],
    );
  });

  it('counts an introduction in a group as one to every other participant, and an offer of help to a group as nothing', () => {
    assert.deepEqual(
      collect([
        message(
          'group',
          me,
          '2025-05-01T10:00:00Z',
          'Ann, Bob: zoals beloofd stel ik jullie aan elkaar voor.',
        ),
        message('group', me, '2025-05-01T11:00:00Z', 'Let me know if I can help!'),
        message(
          'group',
          'u:linkedin.com/in/bob',
          '2025-05-02T10:00:00Z',
          'Karin, let me introduce you to each other: Ann meet Karin.',
        ),
      ]),
      [
        ['given', 'introduction', 'u:linkedin.com/in/ann', '2025-05-01'],
        ['given', 'introduction', 'u:linkedin.com/in/bob', '2025-05-01'],
        ['received', 'introduction', 'u:linkedin.com/in/bob', '2025-05-02'],
      ],
    );
  });

  it('counts one gift per conversation, person, direction, kind and month, dated by the first', () => {
    assert.deepEqual(
      collect([
        message('one', me, '2025-03-20T10:00:00Z', 'How can I help?'),
        message('one', me, '2025-03-01T10:00:00Z', 'Can I help with anything?'),
        message('one', me, '2025-03-25T10:00:00Z', 'Happy to help.'),
        message('one', me, '2025-04-01T10:00:00Z', 'Still happy to help!'),
        message('one', me, '2025-04-02T10:00:00Z', 'See you Tuesday.'),
      ]),
      [
        ['given', 'help', 'u:linkedin.com/in/ann', '2025-03-01'],
        ['given', 'help', 'u:linkedin.com/in/ann', '2025-04-01'],
      ],
    );
  });
});
