import {
  parseConnectedOn,
  parseIsoLikeDateTime,
  parseJavaDateTime,
  parseUsDateTime,
} from './export-dates.js';
import type {
  CompanyFollowRecord,
  EndorsementRecord,
  GivenOrReceived,
  NoteRecord,
  RecommendationRecord,
} from './export-records.js';
import type { RowMapperFactory } from './mapping-context.js';
import { orNull, textOrNull, withOccurrence } from './mapping-context.js';
import { normalizePersonName, normalizeProfileUrl, personKeyFor } from './profile-url.js';

/** Notes.csv (2026): the owner's private notes on connections. */
export const mapNoteRow: RowMapperFactory<NoteRecord> = (columns, context) => {
  const firstName = columns.text('Connection First Name');
  const lastName = columns.text('Connection Last Name');
  const url = columns.text('Connection Profile URL');
  const note = columns.raw('Note');
  const created = columns.text('Created On');
  const edited = columns.text('Edited On');
  const counter = context.occurrences('notes');
  return (cells) => {
    const text = textOrNull(note(cells));
    if (text === null) return { kind: 'missing', column: 'Note' };
    const first = orNull(firstName(cells));
    const last = orNull(lastName(cells));
    const profileUrl = orNull(url(cells));
    const personKey = personKeyFor(profileUrl ?? undefined, `${first ?? ''} ${last ?? ''}`) ?? null;
    const createdText = created(cells);
    const createdAt = parseIsoLikeDateTime(createdText) ?? orNull(createdText);
    return {
      key: withOccurrence(counter, `${personKey ?? ''}|${createdAt ?? ''}`),
      personKey,
      firstName: first,
      lastName: last,
      profileUrl,
      note: text,
      createdAt,
      editedAt: parseIsoLikeDateTime(edited(cells)) ?? orNull(edited(cells)),
    };
  };
};

/** Company Follows.csv: `Followed On` is Java's `Tue Mar 04 09:07:12 UTC 2025`. */
export const mapCompanyFollowRow: RowMapperFactory<CompanyFollowRecord> = (columns) => {
  const organization = columns.text('Organization');
  const followedOn = columns.text('Followed On');
  return (cells) => {
    const name = organization(cells);
    if (name === '') return { kind: 'missing', column: 'Organization' };
    const dateText = followedOn(cells);
    return {
      key: normalizePersonName(name),
      organization: name,
      // Some synthetic exports write `28 Nov 2024`; keep that day too.
      followedAt:
        parseJavaDateTime(dateText) ??
        (parseConnectedOn(dateText) ? `${parseConnectedOn(dateText)}T00:00:00Z` : null),
    };
  };
};

/**
 * Endorsement_Received_Info.csv / Endorsement_Given_Info.csv. The other person is keyed like a
 * connection: by the `Public Url` (no scheme, since mid-2023), else by name. One endorsement
 * per person and skill.
 */
export function endorsementMapper(direction: GivenOrReceived): RowMapperFactory<EndorsementRecord> {
  const role = direction === 'received' ? 'Endorser' : 'Endorsee';
  return (columns) => {
    const date = columns.text('Endorsement Date');
    const skill = columns.text('Skill Name');
    const firstName = columns.text(`${role} First Name`);
    const lastName = columns.text(`${role} Last Name`);
    const url = columns.text(`${role} Public Url`);
    const status = columns.text('Endorsement Status');
    return (cells) => {
      const skillName = skill(cells);
      if (skillName === '') return { kind: 'missing', column: 'Skill Name' };
      const first = orNull(firstName(cells));
      const last = orNull(lastName(cells));
      const nameNorm = orNull(normalizePersonName(`${first ?? ''} ${last ?? ''}`));
      const profileUrl = orNull(url(cells));
      const normalizedUrl = normalizeProfileUrl(profileUrl ?? undefined);
      const personKey =
        normalizedUrl !== undefined ? `u:${normalizedUrl}` : nameNorm && `n:${nameNorm}`;
      if (!personKey) return { kind: 'missing', column: `${role} First Name` };
      const skillKey = normalizePersonName(skillName);
      return {
        key: `${direction}|${personKey}|${skillKey}`,
        fallbackKey:
          normalizedUrl !== undefined && nameNorm !== null
            ? `${direction}|n:${nameNorm}|${skillKey}`
            : null,
        direction,
        personKey,
        firstName: first,
        lastName: last,
        nameNorm,
        profileUrl,
        skillName,
        endorsedAt: parseIsoLikeDateTime(date(cells)) ?? null,
        status: orNull(status(cells).toUpperCase()),
      };
    };
  };
}

/** Recommendations_Received.csv / Recommendations_Given.csv: keyed by name and creation date. */
export function recommendationMapper(
  direction: GivenOrReceived,
): RowMapperFactory<RecommendationRecord> {
  return (columns) => {
    const firstName = columns.text('First Name');
    const lastName = columns.text('Last Name');
    const company = columns.text('Company');
    const jobTitle = columns.text('Job Title');
    const text = columns.raw('Text');
    const creationDate = columns.text('Creation Date');
    const status = columns.text('Status');
    return (cells) => {
      const first = orNull(firstName(cells));
      const last = orNull(lastName(cells));
      const nameNorm = orNull(normalizePersonName(`${first ?? ''} ${last ?? ''}`));
      if (nameNorm === null) return { kind: 'missing', column: 'First Name' };
      const createdText = creationDate(cells);
      const createdAt =
        parseUsDateTime(createdText) ?? parseIsoLikeDateTime(createdText) ?? orNull(createdText);
      return {
        key: `${direction}|n:${nameNorm}|${createdAt ?? ''}`,
        direction,
        personKey: `n:${nameNorm}`,
        firstName: first,
        lastName: last,
        nameNorm,
        company: orNull(company(cells)),
        jobTitle: orNull(jobTitle(cells)),
        text: textOrNull(text(cells)),
        createdAt,
        status: orNull(status(cells).toUpperCase()),
      };
    };
  };
}
