import cliProgress from 'cli-progress';
import { AppError } from '../../core/errors/app-error.js';
import { formatBytes } from '../../core/i18n/format-bytes.js';
import type { UserLanguage } from '../../core/i18n/languages.js';
import { describeRowProblem, leavesRestUnread } from '../../core/linkedin-export/row-problem.js';
import type { ImportProgress } from '../../import/import-export.js';
import { checkExportPath } from '../../import/export-source.js';
import { importExport } from '../../import/import-export.js';
import type { ImportSummary, SkippedFile, SkippedRow } from '../../import/import-summary.js';
import { hasProblems } from '../../import/import-summary.js';
import { openStore } from '../../store/open-store.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';
import { rowProblemJson } from '../output/row-problem-json.js';
import type { TerminalStyle } from '../output/terminal-style.js';
import { sanitizeForTerminal } from '../output/terminal-style.js';

export const registerImportCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('import')
    .description(
      t({
        nl: 'lees je LinkedIn-export (ZIP of uitgepakte map) in de database; opnieuw importeren verandert niets, een nieuwere export vult aan',
        en: 'read your LinkedIn export (ZIP or unpacked folder) into the database; importing again changes nothing, a newer export merges',
      }),
    )
    .argument('[path]', t({ nl: 'de ZIP of de map', en: 'the ZIP or the folder' }))
    .action(kit.action((context, path: string | undefined) => runImport(context, path)));
};

/** A skipped row for `--json`: its line, then the problem's code, facts and reason. */
function skippedRowJson(row: SkippedRow, language: UserLanguage): Record<string, unknown> {
  return { line: row.line, ...rowProblemJson(row.problem, language) };
}

/** The `--json` shape (docs/formats.md, "Import summary"); sentences in `language`. */
export function importSummaryJson(
  summary: ImportSummary,
  database: string,
  language: UserLanguage,
): unknown {
  return {
    import: summary.seq,
    database,
    files: summary.files.map((file) => ({
      name: file.name,
      kind: file.kind,
      rows: file.rows,
      inserted: file.inserted,
      updated: file.updated,
      unchanged: file.unchanged,
      skipped: file.skipped.map((row) => skippedRowJson(row, language)),
      ...(file.skippedCount > file.skipped.length ? { skippedCount: file.skippedCount } : {}),
    })),
    skippedFiles: summary.skippedFiles.map((file) => ({
      ...file,
      message: skippedFileLine(file, language) ?? notImportedLine(file, language),
    })),
  };
}

async function runImport(context: CliContext, path: string | undefined): Promise<ExitCode> {
  const nl = context.language === 'nl';
  if (path === undefined) {
    throw new AppError('usage', {
      message: nl
        ? 'Geef de ZIP of map van je LinkedIn-export (bijvoorbeeld `netwerk import ~/Downloads/Basic_LinkedInDataExport_03-04-2026.zip`)'
        : 'Give the ZIP or folder of your LinkedIn export (for example `netwerk import ~/Downloads/Basic_LinkedInDataExport_03-04-2026.zip`)',
    });
  }
  await checkExportPath(path);
  const store = await openStore(context.databaseLocation);
  const bars = context.io.stderr.isTTY === true ? progressBars(context) : undefined;
  let summary: ImportSummary;
  try {
    summary = await importExport(path, store, {
      ...(bars ? { progress: bars.progress } : {}),
    });
  } finally {
    bars?.stop();
    await store.close();
  }
  const { stdout, stderr } = context.io;
  if (context.json) {
    stdout.write(
      `${JSON.stringify(importSummaryJson(summary, store.location, context.language), null, 2)}\n`,
    );
  } else {
    stdout.write(renderSummaryTable(summary, context.language, context.out));
  }
  for (const line of problemLines(summary, context.language)) {
    stderr.write(`${context.err.yellow('netwerk:')} ${line}\n`);
  }
  return hasProblems(summary) ? 1 : 0;
}

/** One bar per file: rows read and bytes of the uncompressed file. */
function progressBars(context: CliContext): { progress: ImportProgress; stop(): void } {
  const multi = new cliProgress.MultiBar(
    {
      stream: context.io.stderr as NodeJS.WriteStream,
      format: ' {name} |{bar}| {percentage}% | {rows} {rowsLabel} | {bytesText}',
      hideCursor: true,
      clearOnComplete: false,
      stopOnComplete: false,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const { language } = context;
  const rowsLabel = language === 'nl' ? 'regels' : 'rows';
  const bars = new Map<string, { bar: cliProgress.SingleBar; total: number }>();
  const shown = (name: string): string => sanitizeForTerminal(name).padEnd(28).slice(0, 28);
  return {
    progress: {
      fileStarted({ name, bytes }) {
        const total = Math.max(bytes, 1);
        const bar = multi.create(total, 0, {
          name: shown(name),
          rows: 0,
          rowsLabel,
          bytesText: `0 / ${formatBytes(bytes, language)}`,
        });
        bars.set(name, { bar, total });
      },
      fileProgress({ name, rows, bytes }) {
        const entry = bars.get(name);
        entry?.bar.update(Math.min(bytes, entry.total), {
          rows,
          bytesText: `${formatBytes(bytes, language)} / ${formatBytes(entry.total, language)}`,
        });
      },
      fileFinished({ name }) {
        const entry = bars.get(name);
        entry?.bar.update(entry.total);
      },
    },
    stop: () => multi.stop(),
  };
}

const headers: Record<UserLanguage, string[]> = {
  nl: ['bestand', 'regels', 'nieuw', 'bijgewerkt', 'ongewijzigd', 'overgeslagen'],
  en: ['file', 'rows', 'new', 'updated', 'unchanged', 'skipped'],
};

/** The summary table a person reads at the end of an import. */
export function renderSummaryTable(
  summary: ImportSummary,
  language: UserLanguage,
  style: TerminalStyle,
): string {
  const rows = summary.files.map((file) => [
    sanitizeForTerminal(file.name),
    String(file.rows),
    String(file.inserted),
    String(file.updated),
    String(file.unchanged),
    String(file.skippedCount),
  ]);
  const totals = ['rows', 'inserted', 'updated', 'unchanged', 'skippedCount'] as const;
  rows.push([
    language === 'nl' ? 'totaal' : 'total',
    ...totals.map((field) => String(summary.files.reduce((sum, file) => sum + file[field], 0))),
  ]);
  const header = headers[language];
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ');
  const lines = [
    style.bold(format(header)),
    ...rows.slice(0, -1).map(format),
    style.bold(format(rows.at(-1) ?? [])),
  ];
  const notImported = summary.skippedFiles.filter((file) => file.reason === 'not-imported');
  if (notImported.length > 0) {
    lines.push(
      '',
      style.dim(
        `${language === 'nl' ? 'Niet geïmporteerd (geen bestanden die netwerk gebruikt)' : 'Not imported (files netwerk does not use)'}: ${notImported
          .map((file) => sanitizeForTerminal(file.name))
          .join(', ')}`,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

const rowsShownPerFile = 20;

function notImportedLine(file: SkippedFile, language: UserLanguage): string {
  const name = sanitizeForTerminal(file.name);
  return language === 'nl'
    ? `${name} niet geïmporteerd: netwerk gebruikt dit bestand niet.`
    : `${name} not imported: netwerk does not use this file.`;
}

function skippedFileLine(file: SkippedFile, language: UserLanguage): string | undefined {
  const name = sanitizeForTerminal(file.name);
  const nl = language === 'nl';
  switch (file.reason) {
    case 'not-imported':
      return undefined;
    case 'unsafe-path':
      return nl
        ? `${name} overgeslagen: het pad wijst buiten het archief. Er is niets buiten de database geschreven.`
        : `skipped ${name}: its path points outside the archive. Nothing was written outside the database.`;
    case 'encrypted':
      return nl
        ? `${name} overgeslagen: het bestand is versleuteld. Download het archief opnieuw bij LinkedIn.`
        : `skipped ${name}: the file is encrypted. Download the archive from LinkedIn again.`;
    case 'unsupported-compression':
      return nl
        ? `${name} overgeslagen: onbekende compressie. Pak de ZIP uit en importeer de map.`
        : `skipped ${name}: unknown compression. Unpack the ZIP and import the folder.`;
    case 'no-header':
      return nl
        ? `${name} overgeslagen: geen kopregel met ${(file.expected ?? []).map((c) => `'${c}'`).join(', ')} in de eerste regels. Download het archief opnieuw bij LinkedIn.`
        : `skipped ${name}: no header row with ${(file.expected ?? []).map((c) => `'${c}'`).join(', ')} in its first lines. Download the archive from LinkedIn again.`;
  }
}

/** Skipped rows and files, one sentence each, for stderr. */
export function problemLines(summary: ImportSummary, language: UserLanguage): string[] {
  const nl = language === 'nl';
  const lines: string[] = [];
  for (const file of summary.skippedFiles) {
    const line = skippedFileLine(file, language);
    if (line) lines.push(line);
  }
  for (const file of summary.files) {
    const name = sanitizeForTerminal(file.name);
    for (const row of file.skipped.slice(0, rowsShownPerFile)) {
      const reason = sanitizeForTerminal(describeRowProblem(row.problem, language));
      const restUnread = leavesRestUnread(row.problem);
      lines.push(
        nl
          ? `${name} regel ${row.line} overgeslagen: ${reason}. ${restUnread ? 'De regels ervoor zijn geïmporteerd.' : 'De rest is geïmporteerd.'}`
          : `${name} line ${row.line} skipped: ${reason}. ${restUnread ? 'The lines before it were imported.' : 'The rest was imported.'}`,
      );
    }
    const more = file.skippedCount - Math.min(file.skipped.length, rowsShownPerFile);
    if (more > 0) {
      lines.push(
        nl
          ? `${name}: nog ${more} regels overgeslagen (zie --json).`
          : `${name}: ${more} more rows skipped (see --json).`,
      );
    }
  }
  return lines;
}
