import { parseMonthYear, parseRichMediaSentence } from './export-dates.js';
import type { ColumnMap } from './export-headers.js';
import type {
  EducationRecord,
  PositionRecord,
  ProfileRecord,
  ProfileSummaryRecord,
  RichMediaRecord,
  SkillRecord,
} from './export-records.js';
import { hashTextHex } from './hash-text.js';
import type { RowMapperFactory } from './mapping-context.js';
import { orNull, textOrNull, withOccurrence } from './mapping-context.js';
import { normalizePersonName } from './profile-url.js';

/** The owner's own profile files, for `netwerk audit`: one profile, one summary. */
export const mapProfileRow: RowMapperFactory<ProfileRecord> = (columns, context) => {
  const read = (column: string) => columns.text(column);
  const free = (column: string) => columns.raw(column);
  const firstName = read('First Name');
  const lastName = read('Last Name');
  const maidenName = read('Maiden Name');
  const address = free('Address');
  const birthDate = read('Birth Date');
  const headline = free('Headline');
  const summary = free('Summary');
  const industry = read('Industry');
  const zipCode = read('Zip Code');
  const geoLocation = read('Geo Location');
  const twitter = read('Twitter Handles');
  const websites = read('Websites');
  const messengers = read('Instant Messengers');
  return (cells) => {
    const first = orNull(firstName(cells));
    const last = orNull(lastName(cells));
    const fullName = normalizePersonName(`${first ?? ''} ${last ?? ''}`);
    if (fullName !== '') context.owner.names.add(fullName);
    return {
      key: 'owner',
      firstName: first,
      lastName: last,
      maidenName: orNull(maidenName(cells)),
      address: textOrNull(address(cells)),
      birthDate: orNull(birthDate(cells)),
      headline: textOrNull(headline(cells)),
      summary: textOrNull(summary(cells)),
      industry: orNull(industry(cells)),
      zipCode: orNull(zipCode(cells)),
      geoLocation: orNull(geoLocation(cells)),
      twitterHandles: orNull(twitter(cells)),
      websites: orNull(websites(cells)),
      instantMessengers: orNull(messengers(cells)),
    };
  };
};

/** Profile Summary.csv: the About text (often header-only). */
export const mapProfileSummaryRow: RowMapperFactory<ProfileSummaryRecord> = (columns) => {
  const text = columns.raw('Profile Summary');
  return (cells) => ({ key: 'owner', text: textOrNull(text(cells)) });
};

const keyPart = (text: string | null): string => normalizePersonName(text ?? '');

/** A month-year, or the text as written when it is in no known form. */
const monthYearOrText = (text: string): string | null =>
  text === '' ? null : (parseMonthYear(text) ?? text);

/** Positions.csv: a position is its company, title and start. */
export const mapPositionRow: RowMapperFactory<PositionRecord> = (columns) => {
  const company = columns.text('Company Name');
  const title = columns.text('Title');
  const description = columns.raw('Description');
  const location = columns.text('Location');
  const startedOn = columns.text('Started On');
  const finishedOn = columns.text('Finished On');
  return (cells) => {
    const companyName = orNull(company(cells));
    const titleText = orNull(title(cells));
    if (companyName === null && titleText === null) return { kind: 'missing', column: 'Title' };
    const started = monthYearOrText(startedOn(cells));
    return {
      key: `${keyPart(companyName)}|${keyPart(titleText)}|${started ?? ''}`,
      companyName,
      title: titleText,
      description: textOrNull(description(cells)),
      location: orNull(location(cells)),
      startedOn: started,
      finishedOn: monthYearOrText(finishedOn(cells)),
    };
  };
};

/** Education.csv: a school, its start and the degree. */
export const mapEducationRow: RowMapperFactory<EducationRecord> = (columns) => {
  const school = columns.text('School Name');
  const start = columns.text('Start Date');
  const end = columns.text('End Date');
  const notes = columns.raw('Notes');
  const degree = columns.text('Degree Name');
  const activities = columns.raw('Activities');
  return (cells) => {
    const schoolName = orNull(school(cells));
    if (schoolName === null) return { kind: 'missing', column: 'School Name' };
    const startDate = monthYearOrText(start(cells));
    const degreeName = orNull(degree(cells));
    return {
      key: `${keyPart(schoolName)}|${startDate ?? ''}|${keyPart(degreeName)}`,
      schoolName,
      startDate,
      endDate: monthYearOrText(end(cells)),
      notes: textOrNull(notes(cells)),
      degreeName,
      activities: textOrNull(activities(cells)),
    };
  };
};

/** Skills.csv: one name per row. */
export const mapSkillRow: RowMapperFactory<SkillRecord> = (columns) => {
  const name = columns.text('Name');
  return (cells) => {
    const skill = name(cells);
    if (skill === '') return { kind: 'missing', column: 'Name' };
    return { key: keyPart(skill), name: skill };
  };
};

/**
 * Rich_Media.csv's `Date/Time` sentence holds a comma (`March 4, 2025`); written without
 * quotes, it spills into one cell too many. Joins the two halves back when together they are
 * the sentence, and leaves every other row as it is (a wrong cell count is reported).
 */
export function repairRichMediaRow(columns: ColumnMap): (cells: string[]) => string[] {
  const at = columns.indexOf('Date/Time');
  return (cells) => {
    if (at === undefined || cells.length !== columns.width + 1) return cells;
    const joined = `${cells[at] ?? ''},${cells[at + 1] ?? ''}`;
    if (parseRichMediaSentence(joined) === undefined) return cells;
    return [...cells.slice(0, at), joined, ...cells.slice(at + 2)];
  };
}

/**
 * Rich_Media.csv: `You uploaded a profile photo on March 4, 2025 at 9:07 AM (GMT)`. The media
 * link carries an expiry parameter that changes with every export, so it is not identity.
 */
export const mapRichMediaRow: RowMapperFactory<RichMediaRecord> = (columns, context) => {
  const sentence = columns.text('Date/Time');
  const description = columns.raw('Media Description');
  const link = columns.text('Media Link');
  const counter = context.occurrences('rich-media');
  return (cells) => {
    const text = sentence(cells);
    if (text === '') return { kind: 'missing', column: 'Date/Time' };
    const event = parseRichMediaSentence(text);
    if (event === undefined) {
      return {
        kind: 'not-a-date',
        column: 'Date/Time',
        value: text,
        example: 'You uploaded a profile photo on March 4, 2025 at 9:07 AM (GMT)',
      };
    }
    const descriptionText = textOrNull(description(cells));
    const described =
      descriptionText === null || descriptionText.trim() === '-' ? null : descriptionText;
    return {
      key: withOccurrence(counter, `${event.at}|${event.kind}|${hashTextHex(described ?? '')}`),
      mediaKind: event.kind,
      uploadedAt: event.at,
      description: described,
      mediaLink: orNull(link(cells)),
    };
  };
};
