import type { UserLanguage } from '../i18n/languages.js';
import type { RowProblem } from '../linkedin-export/row-problem.js';
import { describeRowProblem } from '../linkedin-export/row-problem.js';

/**
 * Why a changelog event was skipped, as a code with its facts (never the event's values): the
 * event lacks a documented field, its activity lacks what its kind needs, or the row it maps
 * to fails the export file's own checks. describeChangelogSkip says it in the user's language.
 */
export type ChangelogSkipProblem =
  | { kind: 'event-shape'; field: string }
  | { kind: 'activity-missing'; fields: string[] }
  | RowProblem;

export function describeChangelogSkip(
  problem: ChangelogSkipProblem,
  language: UserLanguage,
): string {
  const nl = language === 'nl';
  switch (problem.kind) {
    case 'event-shape':
      return nl
        ? `'${problem.field}' ontbreekt of heeft niet het gedocumenteerde type`
        : `'${problem.field}' is missing or not the documented type`;
    case 'activity-missing': {
      const fields = problem.fields.map((field) => `'${field}'`);
      const or = nl ? ' of ' : ' or ';
      return `${fields.join(or)} ${nl ? 'ontbreekt' : 'is missing'}`;
    }
    default:
      return describeRowProblem(problem, language);
  }
}
