import {
  describeRowProblem,
  leavesRestUnread,
} from '../../../src/core/linkedin-export/row-problem.js';
import type { ImportJob, SkippedFile } from '../api/types.js';
import type { Translate } from '../i18n/i18n.js';
import { useI18n } from '../i18n/i18n.js';

type Summary = NonNullable<ImportJob['summary']>;

const rowsShownPerFile = 20;

function skippedFileText(file: SkippedFile, t: Translate): string | undefined {
  if (file.reason === 'not-imported') return undefined;
  return t(`import.reason.${file.reason}`, {
    name: file.name,
    columns: (file.expected ?? []).map((column) => `'${column}'`).join(', '),
  });
}

/**
 * The import's summary: rows per file, then every skipped file and row with the reason, all in
 * the language of the UI (the row reasons through the core's describeRowProblem).
 */
export function ImportSummaryView({ summary }: { summary: Summary }) {
  const { t, language, formatNumber } = useI18n();
  const totals = (['rows', 'inserted', 'updated', 'unchanged', 'skippedCount'] as const).map(
    (field) => summary.files.reduce((sum, file) => sum + file[field], 0),
  );
  const problems: string[] = [];
  for (const file of summary.skippedFiles) {
    const text = skippedFileText(file, t);
    if (text) problems.push(text);
  }
  for (const file of summary.files) {
    for (const row of file.skipped.slice(0, rowsShownPerFile)) {
      problems.push(
        t(leavesRestUnread(row.problem) ? 'import.skippedRowRestUnread' : 'import.skippedRow', {
          name: file.name,
          line: row.line,
          reason: describeRowProblem(row.problem, language),
        }),
      );
    }
    const more = file.skippedCount - Math.min(file.skipped.length, rowsShownPerFile);
    if (more > 0) problems.push(t('import.moreSkipped', { name: file.name, count: more }));
  }
  const notImported = summary.skippedFiles.filter((file) => file.reason === 'not-imported');
  return (
    <section aria-labelledby="summary-title" className="import-summary">
      <h2 id="summary-title">{t('import.done', { name: summary.source })}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('import.file')}</th>
              <th scope="col">{t('import.rows')}</th>
              <th scope="col">{t('import.new')}</th>
              <th scope="col">{t('import.updated')}</th>
              <th scope="col">{t('import.unchanged')}</th>
              <th scope="col">{t('import.skipped')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.files.map((file) => (
              <tr key={file.name}>
                <th scope="row">{file.name}</th>
                <td>{formatNumber(file.rows)}</td>
                <td>{formatNumber(file.inserted)}</td>
                <td>{formatNumber(file.updated)}</td>
                <td>{formatNumber(file.unchanged)}</td>
                <td>{formatNumber(file.skippedCount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('import.total')}</th>
              {totals.map((total, index) => (
                <td key={index}>{formatNumber(total)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      {problems.length > 0 ? (
        <>
          <h3>{t('import.problems')}</h3>
          <ul className="problems">
            {problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </>
      ) : null}
      {notImported.length > 0 ? (
        <p className="muted">
          {t('import.notImported', { names: notImported.map((file) => file.name).join(', ') })}
        </p>
      ) : null}
    </section>
  );
}
