import { useI18n } from '../i18n/i18n.js';

/** A chart's numbers as a table, folded away: the text alternative for screen readers and for checking. */
export function FiguresTable(props: { headers: string[]; rows: (string | number)[][] }) {
  const { t, formatNumber } = useI18n();
  return (
    <details className="figures">
      <summary>{t('network.figures')}</summary>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              {props.headers.map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row, index) => (
              <tr key={index}>
                {row.map((cell, column) =>
                  column === 0 ? (
                    <th key={column} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={column}>{typeof cell === 'number' ? formatNumber(cell) : cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
