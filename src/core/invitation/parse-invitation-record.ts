import { z } from 'zod';
import type { UserLanguage } from '../i18n/languages.js';
import type { Invitation } from './invitation.js';

/** A record that could not be read, kept in its place in the output (docs/formats.md). */
export interface InvitationRecordError {
  id: string;
  line: number;
  error: { field: string; message: string };
}

const optionalText = z.string().optional();

const invitationSchema = z.object({
  id: z.union([z.string(), z.number()]).optional(),
  message: z.string().nullable().optional(),
  sentAt: optionalText,
  from: z.object({
    name: z.string().trim().min(1),
    headline: optionalText,
    summary: optionalText,
    location: optionalText,
    hasPhoto: z.boolean().optional(),
    connections: z.number().int().nonnegative().optional(),
    mutualConnections: z.number().int().nonnegative().optional(),
    company: optionalText,
    profileUrl: optionalText,
  }),
});

/**
 * Validates one parsed JSON value as an invitation. `line` is its 1-based line (JSON Lines) or
 * position (JSON array); a record without `id` gets it as id.
 */
export function parseInvitationRecord(
  value: unknown,
  line: number,
  language: UserLanguage,
): Invitation | InvitationRecordError {
  const fallbackId =
    typeof value === 'object' &&
    value !== null &&
    'id' in value &&
    (typeof value.id === 'string' || typeof value.id === 'number')
      ? String(value.id)
      : String(line);
  const parsed = invitationSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.join('.') : '(record)';
    // zod 4 leaves the input out of issues, so look the value up to tell missing from wrong.
    const present = issue !== undefined && valueAt(value, issue.path) !== undefined;
    const problem: RecordProblem =
      issue?.code === 'invalid_type'
        ? present
          ? 'wrong-type'
          : 'required'
        : issue?.code === 'too_small'
          ? 'empty'
          : 'invalid';
    return {
      id: fallbackId,
      line,
      error: { field, message: describeRecordProblem(problem, language) },
    };
  }
  const record = parsed.data;
  // Keep absent fields absent: an absent field is unknown, which is not the same as empty.
  const from = Object.fromEntries(
    Object.entries(record.from).filter(([, value]) => value !== undefined),
  ) as unknown as Invitation['from'];
  return {
    id: record.id === undefined ? String(line) : String(record.id),
    ...(record.message !== undefined && record.message !== null ? { message: record.message } : {}),
    ...(record.sentAt !== undefined ? { sentAt: record.sentAt } : {}),
    from,
  };
}

export function isInvitationRecordError(
  value: Invitation | InvitationRecordError,
): value is InvitationRecordError {
  return 'error' in value;
}

export type RecordProblem = 'required' | 'wrong-type' | 'empty' | 'invalid' | 'not-json';

const problemTexts: Record<RecordProblem, Record<UserLanguage, string>> = {
  required: { nl: 'ontbreekt', en: 'is missing' },
  'wrong-type': { nl: 'heeft het verkeerde type', en: 'has the wrong type' },
  empty: { nl: 'is leeg', en: 'is empty' },
  invalid: { nl: 'is ongeldig', en: 'is invalid' },
  'not-json': { nl: 'is geen geldige JSON', en: 'is not valid JSON' },
};

export function describeRecordProblem(problem: RecordProblem, language: UserLanguage): string {
  return problemTexts[problem][language];
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
