import type { UserLanguage } from '../i18n/languages.js';

/**
 * Why one row of an export file was skipped. A value, not an error: the rest of the file is
 * imported and the problems are reported with their line numbers.
 */
export type RowProblem =
  | { kind: 'field-count'; found: number; expected: number }
  | { kind: 'missing'; column: string }
  | { kind: 'not-a-date'; column: string; value: string; example: string }
  | { kind: 'invalid'; column: string; value: string; expected: string }
  | { kind: 'unparsable'; detail: string };

export function isRowProblem(value: object): value is RowProblem {
  return 'kind' in value && typeof (value as { kind: unknown }).kind === 'string';
}

/** Cell values in problems are cut short: a bad row can hold a whole message. */
const shown = (value: string): string => {
  const oneLine = value.replace(/\s+/gu, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
};

/** The problem in the user's words, for the terminal and for `--json` (English there). */
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
        ? `'${problem.column}' is "${shown(problem.value)}", verwacht ${problem.expected}`
        : `'${problem.column}' is "${shown(problem.value)}", expected ${problem.expected}`;
    case 'unparsable':
      return nl
        ? `geen geldige CSV-regel (${problem.detail})`
        : `not a valid CSV row (${problem.detail})`;
  }
}
