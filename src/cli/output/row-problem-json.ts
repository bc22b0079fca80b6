import type { UserLanguage } from '../../core/i18n/languages.js';
import type { RowProblem } from '../../core/linkedin-export/row-problem.js';
import { describeRowProblem } from '../../core/linkedin-export/row-problem.js';

/**
 * A skipped row's problem for `--json` (import and sync): a stable `code` with the facts a
 * program may act on, and `reason` in the user's language (cell values stay there, cut short).
 */
export function rowProblemJson(
  problem: RowProblem,
  language: UserLanguage,
): Record<string, unknown> {
  return {
    code: problem.kind,
    ...problemFacts(problem),
    reason: describeRowProblem(problem, language),
  };
}

function problemFacts(problem: RowProblem): Record<string, unknown> {
  switch (problem.kind) {
    case 'field-count':
      return { found: problem.found, expected: problem.expected };
    case 'missing':
    case 'not-a-date':
      return { column: problem.column };
    case 'invalid':
      return { column: problem.column, allowed: problem.allowed };
    case 'unparsable':
      return {
        fault: problem.fault,
        ...(problem.parserCode === undefined ? {} : { parserCode: problem.parserCode }),
      };
  }
}
