/**
 * The request and response samples LinkedIn publishes for the Member Data Portability APIs,
 * copied from ../shared/formats/linkedin-dma-api.md (which quotes Microsoft Learn). The fake API
 * and the tests are built from these, so they test the documented shapes and nothing invented.
 * The one change: the authorization sample's trailing commas (invalid JSON on the published
 * page) are removed.
 */

/** §2.2: the official PROFILE snapshot page, verbatim. */
export const profileSnapshotPage = {
  paging: {
    start: 0,
    count: 10,
    links: [
      {
        type: 'application/json',
        rel: 'next',
        href: '/rest/memberSnapshotData?count=10&domain=PROFILE&q=criteria&start=1',
      },
    ],
    total: 2,
  },
  elements: [
    {
      snapshotData: [
        {
          Websites: '',
          Address: '',
          'Maiden Name': '',
          'Instant Messengers': '',
          'First Name': 'Tom',
          'Geo Location': '',
          'Twitter Handles': '',
          Industry: '',
          'Zip Code': '94086',
          Headline: 'Marketing Manager at Microsoft, Inc.',
          Summary: '',
          'Birth Date': '',
          'Last Name': 'Cruise',
        },
      ],
      snapshotDomain: 'PROFILE',
    },
  ],
};

/** §4.1: the memberAuthorizations answer (trailing commas removed). */
export const authorizationResponse = {
  elements: [
    {
      memberComplianceAuthorizationKey: {
        developerApplication: 'urn:li:developerApplication:123456',
        member: 'urn:li:person:123ABC',
      },
      regulatedAt: 1698382869085,
      memberComplianceScopes: ['DMA'],
    },
  ],
};

/** §4.3: the error body shape. */
export const errorBody = (status: number, message: string) => ({
  message,
  serviceErrorCode: status,
  status,
});

/** §3.4: the member sends an invitation, verbatim. */
export const invitationSentEvent = {
  owner: 'urn:li:person:<inviterID>',
  resourceId: '7030825461085577216',
  activity: {
    invitationV2: {
      inviter: 'urn:li:person:<inviterID>',
      invitee: 'urn:li:person:<inviteeID>',
      trackingId: '<>',
    },
  },
  method: 'ACTION',
  configVersion: 7,
  parentSiblingActivities: [],
  methodName: 'verifyAndCreate',
  resourceName: 'invitations',
  resourceUri: '/invitations',
  actor: 'urn:li:person:<inviterID>',
  activityId: '90431a9a-2897-49cc-b0a0-b9a0292dbc04',
  processedAt: 1676279446917,
  activityStatus: 'SUCCESS',
  capturedAt: 1676279416795,
  siblingActivities: [],
  id: 1757310665,
};

/** §3.4: the member withdraws an invitation, verbatim. */
export const invitationWithdrawnEvent = {
  activity: {
    inviteActionData: [{ invitationId: 'urn:li:invitation:6230172048157614080' }],
    inviter: 'urn:li:person:Ylpq-RobP9',
    inviterActionType: 'WITHDRAW',
  },
  activityId: 'f8b05048-66e4-46bc-8653-f9fe6f9f3719',
  actor: 'urn:li:person:Ylpq-RobP9',
  capturedAt: 1496417998332,
  configVersion: 5,
  id: 51411,
  method: 'ACTION',
  methodName: 'inviterClosingInvitation',
  owner: 'urn:li:person:Ylpq-RobP9',
  processedAt: 1496418019786,
  resourceId: '',
  resourceName: 'invitations',
  resourceUri: '/invitations',
};

/** §3.5: an inbound message to the personal mailbox, verbatim. */
export const inboundMessageEvent = {
  owner: 'urn:li:person:2qXA98-mVk',
  resourceId: '0-UzY2MDM0NDgxMzA5MzM1MzA2MjRfNTAw',
  configVersion: 1,
  method: 'CREATE',
  activity: {
    owner: 'urn:li:person:kAq_1ptj-v',
    createdAt: 1574384720910,
    clientExperience: { clientGeneratedToken: '41453ff9-a796-4259-8b80-e4a5da9f8230' },
    author: 'urn:li:person:kAq_1ptj-v',
    id: '0-UzY2MDM0NDgxMzA5MzM1MzA2MjRfNTAw',
    thread: 'urn:li:messagingThread:0-NjU5OTczMTMyOTE1ODQzODkxMg==',
    readAt: 1574384721000,
    content: {
      format: 'TEXT',
      fallback: 'Hello back to personal inbox',
      formatVersion: 1,
      content: { string: 'Hello back to personal inbox' },
    },
    deliveredAt: 1574384720910,
  },
  resourceName: 'messages',
  resourceUri: '/messages/0-UzY2MDM0NDgxMzA5MzM1MzA2MjRfNTAw',
  actor: 'urn:li:person:kAq_1ptj-v',
  activityId: '1f9e70cc-925f-4738-a336-718832c9db46',
  processedAt: 1574384751790,
  capturedAt: 1574384721128,
  id: 977493572,
};

/** §3.5: the member edits a sent message, verbatim. */
export const messageEditedEvent = {
  owner: 'urn:li:person:demo-123',
  resourceId: '2-demoResourceId123==',
  activity: {
    createdAt: 1686212246941,
    attachments: [],
    author: 'urn:li:person:demo-123',
    thread: 'urn:li:messagingThread:2-demoResourceId123==',
    content: {
      format: 'TEXT',
      fallback: 'This Sent message has been edited',
      formatVersion: 1,
    },
  },
  method: 'UPDATE',
  configVersion: 4,
  parentSiblingActivities: [],
  resourceName: 'messages',
  resourceUri: '/messages/2-demoResourceId123==',
  actor: 'urn:li:person:demo-123',
  activityId: 'bf2c8e04-99fe-4c9c-be16-4b000b9fd387',
  processedAt: 1686212247420,
  activityStatus: 'SUCCESS',
  capturedAt: 1686212247039,
  siblingActivities: [],
  id: 1823218385,
};

/** §3.5: the member deletes a sent message, verbatim. */
export const messageDeletedEvent = {
  owner: 'urn:li:person:demo-user1',
  resourceId: '2-demoResourceID==',
  activity: {
    createdAt: 1686213029706,
    attachments: [],
    author: 'urn:li:person:demo-user1',
    thread: 'urn:li:messagingThread:2-demoThreadId==',
  },
  method: 'DELETE',
  configVersion: 4,
  parentSiblingActivities: [],
  resourceName: 'messages',
  resourceUri: '/messages/2-demoResourceID==',
  actor: 'urn:li:person:demo-user1',
  activityId: '194b0d56-5b05-487f-8b84-da6cbe9e5c31',
  processedAt: 1686213030032,
  activityStatus: 'SUCCESS',
  capturedAt: 1686213029729,
  siblingActivities: [],
  id: 1823218409,
};

/** §3.6: a comment on an article, verbatim. */
export const commentEvent = {
  activity: {
    actor: 'urn:li:person:KPA1hpZ1yM',
    created: { actor: 'urn:li:person:KPA1hpZ1yM', time: 1492112821044 },
    id: '6258374773714362368',
    lastModified: { actor: 'urn:li:person:KPA1hpZ1yM', time: 1492112821044 },
    likesSummary: {
      aggregatedTotalLikes: 0,
      likedByCurrentUser: false,
      selectedLikes: [],
      totalLikes: 0,
    },
    message: { attributes: [], text: 'This is a comment on a publishing post.' },
    object: 'urn:li:article:7152306652638920611',
  },
  activityId: '12356788990000',
  actor: 'urn:li:person:KPA1hpZ1yM',
  capturedAt: 1492112821184,
  configVersion: 8,
  id: 1179932,
  method: 'CREATE',
  owner: 'urn:li:person:KPA1hpZ1yM',
  processedAt: 1492112834618,
  resourceId: '6258374773714362368',
  resourceName: 'socialActions/comments',
  resourceUri: '/socialActions/urn:li:article:7152306652638920611/comments/6258374773714362368',
};

/** §3.6: a like of a share, verbatim (its activityId repeats the comment's on the page). */
export const likeEvent = {
  owner: 'urn:li:person:KPA1hpZ1yM',
  actor: 'urn:li:person:KPA1hpZ1yM',
  resourceId: 'urn:li:activity:6257657041524006912',
  configVersion: 6,
  method: 'CREATE',
  activity: {
    actor: 'urn:li:person:KPA1hpZ1yM',
    created: { actor: 'urn:li:person:KPA1hpZ1yM', time: 1492112791993 },
    lastModified: { actor: 'urn:li:person:KPA1hpZ1yM', time: 1492112791993 },
    object: 'urn:li:activity:6257657041524006912',
  },
  processedAt: 1492112812255,
  capturedAt: 1492112792032,
  resourceName: 'socialActions/likes',
  resourceUri: '/socialActions/urn:li:activity:6257657041524006912/likes/urn:li:person:KPA1hpZ1yM',
  id: 1179916,
  activityId: '12356788990000',
};

/** §3.6: a post on an event page, verbatim. */
export const postEvent = {
  owner: 'urn:li:person:Ylpq-RobP9',
  resourceId: 'urn:li:ugcPost:123456789',
  configVersion: 53,
  method: 'CREATE',
  activity: {
    lifecycleState: 'PUBLISHED',
    visibility: { 'com.linkedin.ugc.MemberNetworkVisibility': 'CONTAINER' },
    specificContent: {
      'com.linkedin.ugc.ShareContent': {
        shareMediaCategory: 'NONE',
        shareFeatures: { hashtags: [] },
        shareCommentary: { text: 'Hello!' },
        media: [],
        shareCategorization: {},
      },
    },
    firstPublishedActor: { member: 'urn:li:person:Ylpq-RobP9' },
    author: 'urn:li:person:Ylpq-RobP9',
    created: { actor: 'urn:li:person:Ylpq-RobP9', time: 1569543293839 },
    versionTag: '1',
    distribution: { feedDistribution: 'MAIN_FEED' },
    ugcOrigin: 'DESKTOP',
    containerEntity: 'urn:li:event:123456789',
    id: 'urn:li:ugcPost:123456789',
    lastModified: { time: 1569543293912 },
    firstPublishedAt: 1569543293839,
  },
  resourceName: 'ugcPosts',
  resourceUri: '/ugcPosts/urn:li:ugcPost:123456789',
  actor: 'urn:li:person:Ylpq-RobP9',
  activityId: '1b36d266-cfd6-4d8a-ad4d-0ed6c478f233',
  processedAt: 1558380117783,
  capturedAt: 1558380087104,
  id: 841260,
};
