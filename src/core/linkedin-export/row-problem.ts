import { formatBytes } from '../i18n/format-bytes.js';
import type { UserLanguage } from '../i18n/languages.js';

/**
 * Why the CSV reader could not read a row: a stable code for `--json` and the web app, put into
 * words per language by describeRowProblem.
 */
export type CsvRowFault =
  /** A quote opened on the line is still open at the end of the file. */
  | 'quote-never-closed'
  /** A quote opened on the line is still open after `limitBytes`. */
  | 'quote-not-closed-within'
  /** Runaway quotes on every line after it too: the rest of the file was not read. */
  | 'quote-never-closed-rest-unread'
  /** The line alone is longer than `limitBytes`. */
  | 'line-too-long'
  /** The CSV parser's record limit (`limitBytes`). */
  | 'record-too-large'
  /** Text right after a closing quote. */
  | 'text-after-quote'
  /** A quote in the middle of a field. */
  | 'quote-inside-field'
  /** Any other parser error; `parserCode` names it (csv-parse's code, such as `CSV_…`). */
  | 'parser';

/**
 * Why one row of an export file was skipped. A value, not an error: the rest of the file is
 * imported and the problems are reported with their line numbers. It holds codes and facts,
 * never sentences: describeRowProblem says it in the user's language where it is shown.
 */
export type RowProblem =
  | { kind: 'field-count'; found: number; expected: number }
  | { kind: 'missing'; column: string }
  | { kind: 'not-a-date'; column: string; value: string; example: string }
  /** `allowed`: the values the column may hold, as the export writes them. */
  | { kind: 'invalid'; column: string; value: string; allowed: string[] }
  | { kind: 'unparsable'; fault: CsvRowFault; limitBytes?: number; parserCode?: string };

export function isRowProblem(value: object): value is RowProblem {
  return 'kind' in value && typeof (value as { kind: unknown }).kind === 'string';
}

/** A quote that never closes makes the parser give up: only the lines before it were imported. */
export function leavesRestUnread(problem: RowProblem): boolean {
  return problem.kind === 'unparsable' && problem.fault === 'quote-never-closed-rest-unread';
}

/** Cell values in problems are cut short: a bad row can hold a whole message. */
const shown = (value: string): string => {
  const oneLine = value.replace(/\s+/gu, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
};

/** `A`, `A or B`, `A, B or C` (`of` in Dutch). */
function oneOf(values: readonly string[], language: UserLanguage): string {
  const or = language === 'nl' ? 'of' : 'or';
  if (values.length <= 1) return values.join('');
  return `${values.slice(0, -1).join(', ')} ${or} ${values.at(-1) ?? ''}`;
}

function describeFault(
  problem: Extract<RowProblem, { kind: 'unparsable' }>,
  language: UserLanguage,
): string {
  const nl = language === 'nl';
  const limit = formatBytes(problem.limitBytes ?? 4 * 1024 * 1024, language);
  switch (problem.fault) {
    case 'quote-never-closed':
      return nl
        ? 'een aanhalingsteken dat op deze regel opent, wordt nooit gesloten'
        : 'a quote opened on this line is never closed';
    case 'quote-not-closed-within':
      return nl
        ? `een aanhalingsteken dat op deze regel opent, is na ${limit} nog niet gesloten`
        : `a quote opened on this line is not closed within ${limit}`;
    case 'quote-never-closed-rest-unread':
      return nl
        ? 'een aanhalingsteken dat op deze regel opent, wordt nooit gesloten, ook niet op de regels erna: de rest van het bestand is niet gelezen'
        : 'a quote opened on this line is never closed, nor on the lines after it: the rest of the file was not read';
    case 'line-too-long':
      return nl ? `de regel is langer dan ${limit}` : `the line is longer than ${limit}`;
    case 'record-too-large':
      return nl ? `de rij is langer dan ${limit}` : `the row is longer than ${limit}`;
    case 'text-after-quote':
      return nl
        ? 'tekst direct na een sluitend aanhalingsteken'
        : 'text right after a closing quote';
    case 'quote-inside-field':
      return nl ? 'een aanhalingsteken midden in een veld' : 'a quote in the middle of a field';
    case 'parser':
      return nl
        ? `de CSV-lezer kan haar niet lezen (${problem.parserCode ?? '?'})`
        : `the CSV reader cannot read it (${problem.parserCode ?? '?'})`;
  }
}

/** The problem in the user's words: the terminal, `--json` and the web app, in nl or en. */
export function describeRowProblem(problem: RowProblem, language: UserLanguage): string {
  const nl = language === 'nl';
  switch (problem.kind) {
    case 'field-count':
      return nl
        ? `${problem.found} velden, de kopregel heeft er ${problem.expected}`
        : `${problem.found} fields where the header has ${problem.expected}`;
    case 'missing':
      return nl ? `'${problem.column}' is leeg` : `'${problem.column}' is empty`;
    case 'not-a-date':
      return nl
        ? `'${problem.column}' is geen datum: "${shown(problem.value)}" (verwacht zoals ${problem.example})`
        : `'${problem.column}' is not a date: "${shown(problem.value)}" (expected like ${problem.example})`;
    case 'invalid':
      return nl
        ? `'${problem.column}' is "${shown(problem.value)}", verwacht ${oneOf(problem.allowed, 'nl')}`
        : `'${problem.column}' is "${shown(problem.value)}", expected ${oneOf(problem.allowed, 'en')}`;
    case 'unparsable':
      return nl
        ? `geen geldige CSV-regel (${describeFault(problem, 'nl')})`
        : `not a valid CSV row (${describeFault(problem, 'en')})`;
  }
}
