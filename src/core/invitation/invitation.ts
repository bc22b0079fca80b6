/**
 * An incoming invitation as netwerk triages it. An absent field is unknown (nobody looked);
 * an empty string means the profile has none (docs/formats.md, "Invitation input").
 */
export interface Invitation {
  id: string;
  message?: string;
  sentAt?: string;
  from: InviterProfile;
}

export interface InviterProfile {
  name: string;
  headline?: string;
  summary?: string;
  location?: string;
  hasPhoto?: boolean;
  connections?: number;
  mutualConnections?: number;
  company?: string;
  profileUrl?: string;
}
