import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportFileKindFor } from './export-file-kinds.js';

describe('export file names', () => {
  const cases: [string, string | undefined][] = [
    ['Connections.csv', 'connections'],
    ['connections.CSV', 'connections'],
    ['Basic_LinkedInDataExport_03-04-2026/Connections.csv', 'connections'],
    ['messages.csv', 'messages'],
    ['Invitations.csv', 'invitations'],
    ['Profile.csv', 'profile'],
    ['Profile Summary.csv', 'profile-summary'],
    ['Profile_Summary.csv', 'profile-summary'],
    ['Rich_Media.csv', 'rich-media'],
    ['Rich Media.csv', 'rich-media'],
    ['Comments_1.csv', 'comments'],
    ['Comments_12.csv', 'comments'],
    ['Comments (2).csv', 'comments'],
    ['Company Follows.csv', 'company-follows'],
    ['Endorsement Received Info.csv', 'endorsements-received'],
    ['Endorsement_Received_Info.csv', 'endorsements-received'],
    ['Endorsement_Given_Info.csv', 'endorsements-given'],
    ['Recommendations Given.csv', 'recommendations-given'],
    ['Recommendations_Received.csv', 'recommendations-received'],
    ['Notes.csv', 'notes'],
    ['guide_messages.csv', undefined],
    ['learning_coach_messages.csv', undefined],
    ['Member_Follows.csv', undefined],
    ['Receipts_v2.csv', undefined],
    ['Ad_Targeting.csv', undefined],
    ['Articles/Articles/post.html', undefined],
    ['Connections.csv.bak', undefined],
  ];
  for (const [name, kind] of cases) {
    it(`takes "${name}" for ${kind ?? 'a file netwerk does not import'}`, () => {
      assert.equal(exportFileKindFor(name), kind);
    });
  }
});
