/**
 * The export files netwerk imports, in import order, recognised by name the way LinkedIn has written them since
 * 2015: case-insensitive, ignoring spaces and underscores (`Endorsement Received Info.csv`,
 * `Endorsement_Received_Info.csv`), and with numbered parts (`Comments_2.csv`).
 */
export const exportFileKinds = [
  'profile',
  'profile-summary',
  'positions',
  'education',
  'skills',
  'rich-media',
  'connections',
  'invitations',
  'messages',
  'shares',
  'comments',
  'reactions',
  'notes',
  'company-follows',
  'endorsements-received',
  'endorsements-given',
  'recommendations-received',
  'recommendations-given',
] as const;

export type ExportFileKind = (typeof exportFileKinds)[number];

const kindByCompactName: Readonly<Record<string, ExportFileKind>> = {
  profile: 'profile',
  profilesummary: 'profile-summary',
  positions: 'positions',
  education: 'education',
  skills: 'skills',
  richmedia: 'rich-media',
  connections: 'connections',
  invitations: 'invitations',
  messages: 'messages',
  shares: 'shares',
  comments: 'comments',
  reactions: 'reactions',
  notes: 'notes',
  companyfollows: 'company-follows',
  endorsementreceivedinfo: 'endorsements-received',
  endorsementgiveninfo: 'endorsements-given',
  recommendationsreceived: 'recommendations-received',
  recommendationsgiven: 'recommendations-given',
};

/**
 * The kind of an export file by its path inside the ZIP or folder, or undefined for a file
 * netwerk does not import. Only the base name counts, so a ZIP that wraps the export in a
 * folder works too.
 */
export function exportFileKindFor(path: string): ExportFileKind | undefined {
  const baseName = path.split(/[\\/]/u).pop() ?? '';
  const match = /^(.*)\.csv$/iu.exec(baseName);
  if (!match) return undefined;
  const compact = (match[1] ?? '')
    .toLowerCase()
    .replace(/[\s_-]*(?:\(\d+\)|\d+)$/u, '')
    .replace(/[\s_-]+/gu, '');
  return kindByCompactName[compact];
}

/**
 * The order files are imported in: who the owner is (Profile, Invitations) is known before
 * messages are read, so each message can say whether the owner sent it.
 */
export function importRank(kind: ExportFileKind): number {
  return exportFileKinds.indexOf(kind);
}
