import { parseConnectedOn } from './export-dates.js';
import type { ConnectionRecord } from './export-records.js';
import type { RowMapperFactory } from './mapping-context.js';
import { orNull, withOccurrence } from './mapping-context.js';
import { normalizePersonName, normalizeProfileUrl } from './profile-url.js';

/**
 * Connections.csv, every era: with or without `URL` and `Email Address`. A person is keyed by
 * the normalised URL; without one (before mid-2023) by name and connected-on date, so two
 * namesakes stay two people; a hidden profile (`,,,,,,07 Jun 2026`) by its date and its
 * position among the rows of that date.
 */
export const mapConnectionRow: RowMapperFactory<ConnectionRecord> = (columns, context) => {
  const firstName = columns.text('First Name');
  const lastName = columns.text('Last Name');
  const url = columns.text('URL');
  const email = columns.text('Email Address');
  const company = columns.text('Company');
  const position = columns.text('Position');
  const connectedOnText = columns.text('Connected On');
  const counter = context.occurrences('connections');
  // Namesakes connected on the same day are #0, #1... in an older export; a newer export with
  // URLs lists them in the same order, so the n-th takes over #n.
  const fallbackCounter = context.occurrences('connections-fallback');

  return (cells) => {
    const dateText = connectedOnText(cells);
    if (dateText === '') return { kind: 'missing', column: 'Connected On' };
    const connectedOn = parseConnectedOn(dateText);
    if (connectedOn === undefined) {
      return {
        kind: 'not-a-date',
        column: 'Connected On',
        value: dateText,
        example: '08 Feb 2026',
      };
    }
    const first = orNull(firstName(cells));
    const last = orNull(lastName(cells));
    const profileUrl = orNull(url(cells));
    const normalizedUrl = normalizeProfileUrl(profileUrl ?? undefined);
    const nameNorm = orNull(normalizePersonName(`${first ?? ''} ${last ?? ''}`));
    const hidden = nameNorm === null && normalizedUrl === undefined;
    const nameKey = nameNorm === null ? null : `n:${nameNorm}|${connectedOn}`;
    let key: string;
    let fallbackKey: string | null = null;
    if (normalizedUrl !== undefined) {
      key = `u:${normalizedUrl}`;
      fallbackKey = nameKey === null ? null : withOccurrence(fallbackCounter, nameKey);
    } else if (nameKey !== null) {
      key = withOccurrence(counter, nameKey);
    } else {
      key = withOccurrence(counter, `h:${connectedOn}`);
    }
    return {
      key,
      fallbackKey,
      firstName: first,
      lastName: last,
      nameNorm,
      profileUrl,
      email: orNull(email(cells)),
      company: orNull(company(cells)),
      position: orNull(position(cells)),
      connectedOn,
      hidden,
    };
  };
};
