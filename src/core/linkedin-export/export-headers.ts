import type { ExportFileKind } from './export-file-kinds.js';

/**
 * The columns that identify each export file's header row. Columns are always found by name,
 * never by position: LinkedIn added, moved and quoted columns between 2020 and 2026
 * (docs/formats.md, "Header eras"). Names compare case-insensitively and trimmed.
 */
export const requiredColumns: Readonly<Record<ExportFileKind, readonly string[]>> = {
  profile: ['First Name', 'Last Name', 'Headline'],
  'profile-summary': ['Profile Summary'],
  positions: ['Company Name', 'Title'],
  education: ['School Name'],
  skills: ['Name'],
  'rich-media': ['Date/Time'],
  connections: ['First Name', 'Last Name', 'Connected On'],
  invitations: ['From', 'To', 'Sent At', 'Direction'],
  messages: ['CONVERSATION ID', 'FROM', 'DATE', 'CONTENT'],
  shares: ['Date', 'ShareLink'],
  comments: ['Date', 'Link', 'Message'],
  reactions: ['Date', 'Type', 'Link'],
  notes: ['Note'],
  'company-follows': ['Organization'],
  'endorsements-received': ['Endorsement Date', 'Skill Name', 'Endorser First Name'],
  'endorsements-given': ['Endorsement Date', 'Skill Name', 'Endorsee First Name'],
  'recommendations-received': ['First Name', 'Last Name', 'Text'],
  'recommendations-given': ['First Name', 'Last Name', 'Text'],
};

const columnKey = (name: string): string =>
  name
    .replace(/^\uFEFF/u, '')
    .trim()
    .toLowerCase();

/** Whether a row of cells is the header row of this kind of file. */
export function isHeaderRow(kind: ExportFileKind, cells: readonly string[]): boolean {
  const names = new Set(cells.map(columnKey));
  return requiredColumns[kind].every((name) => names.has(columnKey(name)));
}

/**
 * The separators an export file may use: LinkedIn writes commas; an Excel re-save writes a tab
 * ("Unicode text", UTF-16) or, with a Dutch or German list separator, a semicolon.
 */
export const csvDelimiters = [',', '\t', ';'] as const;
export type CsvDelimiter = (typeof csvDelimiters)[number];

/**
 * Splits one physical line into cells the way a CSV header is written (quoted or not). Only
 * for finding the header: data rows go through the streaming CSV parser.
 */
export function splitHeaderLine(line: string): string[] {
  return splitHeaderLineBy(line, ',');
}

/** {@link splitHeaderLine} with another separator (a re-saved file's tab or semicolon). */
export function splitHeaderLineBy(line: string, delimiter: CsvDelimiter): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (char !== '\r') cell += char;
  }
  cells.push(cell);
  return cells;
}

/** Reads one column's cell from a row of cells; '' when the file has no such column. */
export type CellReader = (cells: readonly string[]) => string;

const absent: CellReader = () => '';

/**
 * Looks columns up by name once per file; the readers it hands out then read each row's
 * cells by index, which keeps a million-row file fast.
 */
export class ColumnMap {
  private readonly indexByName = new Map<string, number>();
  /**
   * The cells a row must have: up to the last named column. A header ending in a comma (as
   * Learning.csv's does) has an empty last name, and rows written with or without that empty
   * cell both fit.
   */
  readonly width: number;

  constructor(header: readonly string[]) {
    let width = header.length;
    while (width > 0 && columnKey(header[width - 1] ?? '') === '') width -= 1;
    this.width = width;
    header.forEach((name, index) => {
      const key = columnKey(name);
      // Duplicate names (Ad_Targeting.csv) keep their first position.
      if (key !== '' && !this.indexByName.has(key)) this.indexByName.set(key, index);
    });
  }

  has(column: string): boolean {
    return this.indexByName.has(columnKey(column));
  }

  /** The position of a column, or undefined when the file has no such column. */
  indexOf(column: string): number | undefined {
    return this.indexByName.get(columnKey(column));
  }

  /** The untrimmed cell of a column (free text keeps its line breaks). */
  raw(column: string): CellReader {
    const index = this.indexByName.get(columnKey(column));
    return index === undefined ? absent : (cells) => cells[index] ?? '';
  }

  /** The trimmed cell of a column. */
  text(column: string): CellReader {
    const read = this.raw(column);
    return (cells) => read(cells).trim();
  }
}
