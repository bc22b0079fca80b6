/**
 * What the network to-do lists need from storage, in the core's own terms (the store's rows map
 * onto these one to one). Dates are ISO 8601 UTC; `connectedOn` is a calendar date.
 */
export interface ConnectionFact {
  personKey: string;
  name: string;
  profileUrl: string | null;
  company: string | null;
  position: string | null;
  /** `YYYY-MM-DD` */
  connectedOn: string;
}

/** Per person: messages both ways, drafts never counted (they are not contact). */
export interface MessageTally {
  personKey: string;
  name: string | null;
  profileUrl: string | null;
  sent: number;
  received: number;
  lastSentAt: string | null;
  lastReceivedAt: string | null;
}

/** Messages per person and calendar month (`YYYY-MM`), both ways, drafts excluded. */
export interface MonthlyMessages {
  personKey: string;
  month: string;
  sent: number;
  received: number;
}

export interface InvitationFact {
  personKey: string;
  direction: 'INCOMING' | 'OUTGOING';
  name: string;
  profileUrl: string | null;
  sentAt: string;
  message: string | null;
  pending: boolean;
}

export interface ActivityFact {
  type: 'share' | 'comment' | 'reaction';
  at: string;
}
