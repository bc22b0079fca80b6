import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChangelogEvent } from './changelog-event.js';
import {
  hasChangelogGap,
  nextChangelogCursor,
  parseChangelogEvent,
  selectChangelogEvents,
} from './changelog-event.js';
import type { ChangelogPeople } from './map-changelog-events.js';
import { mapChangelogEvents } from './map-changelog-events.js';
import * as samples from './test-support/documented-samples.js';

function event(value: unknown): ChangelogEvent {
  const parsed = parseChangelogEvent(value);
  if ('problem' in parsed) assert.fail(parsed.problem.field);
  return parsed;
}

const nobody: ChangelogPeople = {
  owner: { keys: new Set(), names: new Set() },
  ownerProfileUrl: null,
  ownerName: null,
  participants: new Map(),
};

describe('changelog events', () => {
  it('reads every documented sample, ACTION methods and empty resource ids included', () => {
    for (const sample of [
      samples.invitationSentEvent,
      samples.invitationWithdrawnEvent,
      samples.inboundMessageEvent,
      samples.messageEditedEvent,
      samples.messageDeletedEvent,
      samples.commentEvent,
      samples.likeEvent,
      samples.postEvent,
    ]) {
      const parsed = event(sample);
      assert.equal(parsed.id, String(sample.id));
      assert.equal(parsed.processedAt, sample.processedAt);
    }
  });

  it('names the field of an event it cannot read, never its value', () => {
    const parsed = parseChangelogEvent({ ...samples.commentEvent, processedAt: 'soon' });
    assert.deepEqual(parsed, { problem: { kind: 'event-shape', field: 'processedAt' } });
  });

  it('keeps one event per id, oldest first, and the last attempt of an activity that did not fail', () => {
    const base = event(samples.commentEvent);
    const failed = {
      ...base,
      id: '2',
      processedAt: base.processedAt + 10,
      activityStatus: 'FAILURE',
    };
    const replay = {
      ...base,
      id: '3',
      processedAt: base.processedAt + 5,
      activityStatus: 'SUCCESSFUL_REPLAY',
    };
    const like = event(samples.likeEvent);
    const selected = selectChangelogEvents([failed, base, replay, base, like]);
    assert.deepEqual(
      selected.map((item) => item.id),
      [like.id, '3'],
    );
  });

  it('moves the cursor to the latest processedAt and keeps it when nothing came', () => {
    assert.equal(nextChangelogCursor(null, []), null);
    assert.equal(nextChangelogCursor(5, []), 5);
    assert.equal(nextChangelogCursor(5, [{ processedAt: 9 }, { processedAt: 7 }]), 9);
    assert.equal(nextChangelogCursor(12, [{ processedAt: 9 }]), 12);
  });

  it('sees a gap when the last changelog read is older than the 28 days LinkedIn keeps', () => {
    const now = new Date('2026-03-01T00:00:00Z');
    assert.equal(hasChangelogGap(null, now), false);
    assert.equal(hasChangelogGap('2026-02-02T00:00:00Z', now), false);
    assert.equal(hasChangelogGap('2026-01-31T00:00:00Z', now), true);
  });
});

describe('changelog events as export rows', () => {
  it('turns a comment into the Comments.csv row it stands for, under a provisional key', () => {
    const mapped = mapChangelogEvents([event(samples.commentEvent)], nobody);
    const [upsert] = mapped.upserts;
    assert.equal(upsert?.kind, 'comments');
    assert.equal(upsert?.key, 'cl:c:6258374773714362368');
    assert.deepEqual(upsert?.record, {
      key: 'cl:c:6258374773714362368',
      // capturedAt: the time the snapshot's Date column shows for the same action.
      commentedAt: '2017-04-13T19:47:01Z',
      link: 'https://www.linkedin.com/feed/update/urn:li:article:7152306652638920611',
      message: 'This is a comment on a publishing post.',
    });
  });

  it('turns a like into a LIKE reaction and a published post into a share', () => {
    const mapped = mapChangelogEvents([event(samples.likeEvent), event(samples.postEvent)], nobody);
    const [like, post] = mapped.upserts;
    assert.equal(like?.kind, 'reactions');
    assert.deepEqual(like?.record, {
      key: 'cl:r:/socialActions/urn:li:activity:6257657041524006912/likes/urn:li:person:KPA1hpZ1yM',
      reactedAt: '2017-04-13T19:46:32Z',
      reactionType: 'LIKE',
      link: 'https://www.linkedin.com/feed/update/urn:li:activity:6257657041524006912',
    });
    assert.equal(post?.kind, 'shares');
    assert.equal(post?.key, 'cl:s:urn:li:ugcPost:123456789');
    assert.equal((post?.record as { commentary: string }).commentary, 'Hello!');
    assert.equal((post?.record as { visibility: string }).visibility, 'CONTAINER');
  });

  it('attributes an inbound message to the other person of a two-person conversation it knows', () => {
    const people: ChangelogPeople = {
      owner: { keys: new Set(['u:linkedin.com/in/karin']), names: new Set(['karin smit']) },
      ownerProfileUrl: 'https://www.linkedin.com/in/karin',
      ownerName: 'Karin Smit',
      participants: new Map([
        [
          '0-NjU5OTczMTMyOTE1ODQzODkxMg==',
          [
            {
              key: 'u:linkedin.com/in/karin',
              name: 'Karin Smit',
              profileUrl: 'https://www.linkedin.com/in/karin',
            },
            {
              key: 'u:linkedin.com/in/ada',
              name: 'Ada Lovelace',
              profileUrl: 'https://www.linkedin.com/in/ada',
            },
          ],
        ],
      ]),
    };
    const [message] = mapChangelogEvents([event(samples.inboundMessageEvent)], people).upserts;
    assert.equal(message?.kind, 'messages');
    const record = message?.record as {
      conversationId: string;
      senderKey: string | null;
      senderName: string | null;
      sentAt: string;
      content: string;
      fromOwner: boolean;
    };
    assert.equal(record.conversationId, '0-NjU5OTczMTMyOTE1ODQzODkxMg==');
    assert.equal(record.senderKey, 'u:linkedin.com/in/ada');
    assert.equal(record.senderName, 'Ada Lovelace');
    assert.equal(record.sentAt, '2019-11-22T01:05:20Z');
    assert.equal(record.content, 'Hello back to personal inbox');
    assert.equal(record.fromOwner, false);
  });

  it('leaves the sender of a message from an unknown conversation empty rather than guess', () => {
    const [message] = mapChangelogEvents([event(samples.inboundMessageEvent)], nobody).upserts;
    assert.equal((message?.record as { senderKey: string | null }).senderKey, null);
  });

  it("marks the member's own message as sent by the owner", () => {
    const people: ChangelogPeople = {
      ...nobody,
      owner: { keys: new Set(['u:linkedin.com/in/demo']), names: new Set() },
      ownerProfileUrl: 'https://www.linkedin.com/in/demo',
    };
    const [edited] = mapChangelogEvents([event(samples.messageEditedEvent)], people).upserts;
    const record = edited?.record as { fromOwner: boolean; content: string; key: string };
    assert.equal(record.fromOwner, true);
    assert.equal(record.content, 'This Sent message has been edited');
    assert.equal(record.key, 'cl:m:2-demoResourceId123==');
  });

  it('removes the provisional row of a deleted message and applies no invitation event', () => {
    const mapped = mapChangelogEvents(
      [
        event(samples.messageDeletedEvent),
        event(samples.invitationSentEvent),
        event(samples.invitationWithdrawnEvent),
      ],
      nobody,
    );
    assert.deepEqual(mapped.removals, [{ kind: 'messages', key: 'cl:m:2-demoResourceID==' }]);
    assert.deepEqual(mapped.upserts, []);
    assert.deepEqual(mapped.ignored, { 'invitation-urns-only': 2 });
  });

  it('keeps only the last change of a resource within one batch', () => {
    const created = event({ ...samples.commentEvent, id: 1, activityId: 'x1' });
    const deleted = event({
      ...samples.commentEvent,
      id: 2,
      activityId: 'x2',
      method: 'DELETE',
      processedAt: samples.commentEvent.processedAt + 1,
      activity: {},
    });
    const gone = mapChangelogEvents([created, deleted], nobody);
    assert.deepEqual(gone.upserts, []);
    assert.deepEqual(gone.removals, [{ kind: 'comments', key: 'cl:c:6258374773714362368' }]);

    const edited = event({
      ...samples.commentEvent,
      id: 3,
      activityId: 'x3',
      method: 'PARTIAL_UPDATE',
      processedAt: samples.commentEvent.processedAt + 2,
      activity: { patch: { $set: { message: { text: 'Verbeterd' } } }, object: 'urn:li:article:1' },
    });
    const [latest, ...rest] = mapChangelogEvents([created, edited], nobody).upserts;
    assert.deepEqual(rest, []);
    assert.equal((latest?.record as { message: string }).message, 'Verbeterd');
    assert.equal(latest?.edit, true);
  });

  it('skips a message without a thread and says which field was missing', () => {
    const broken = event({
      ...samples.inboundMessageEvent,
      activity: { ...samples.inboundMessageEvent.activity, thread: undefined },
    });
    const mapped = mapChangelogEvents([broken], nobody);
    assert.deepEqual(mapped.skipped, [
      {
        eventId: '977493572',
        resource: 'messages',
        problem: { kind: 'activity-missing', fields: ['activity.thread'] },
      },
    ]);
  });

  it("ignores someone else's post and a draft", () => {
    const other = event({ ...samples.postEvent, owner: 'urn:li:person:someone-else' });
    const draft = event({
      ...samples.postEvent,
      activity: { ...samples.postEvent.activity, lifecycleState: 'DRAFT' },
    });
    assert.deepEqual(mapChangelogEvents([other, draft], nobody).ignored, {
      'not-own-post': 1,
      'draft-post': 1,
    });
  });
});
