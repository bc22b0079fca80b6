import { Readable } from 'node:stream';
import type { CsvError } from 'csv-parse';
import { parse as parseCsv } from 'csv-parse';
import { BackslashQuoteRewriter } from '../core/linkedin-export/backslash-quote-rewriter.js';
import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import type { CsvDelimiter } from '../core/linkedin-export/export-headers.js';
import {
  csvDelimiters,
  isHeaderRow,
  splitHeaderLineBy,
} from '../core/linkedin-export/export-headers.js';
import type { CsvRowFault, RowProblem } from '../core/linkedin-export/row-problem.js';
import type { DroppedLine } from './runaway-quote-guard.js';
import { RunawayQuoteGuard } from './runaway-quote-guard.js';

/** What reading one export CSV yields, in file order. */
export type CsvEvent =
  | { type: 'header'; columns: string[]; line: number }
  | { type: 'row'; cells: string[]; line: number }
  | { type: 'bad-row'; line: number; problem: RowProblem }
  | { type: 'no-header'; linesRead: number };

/** The header is looked for in this many lines (Connections.csv has a 3-line preamble). */
export const headerSearchLines = 20;

/** No LinkedIn field comes near this; a runaway quote must not buffer a whole file. */
const maxRecordChars = 4 * 1024 * 1024;

/** Some header-only files hold one sentence instead (`No conversations found`). */
const isPlaceholderText = (text: string): boolean =>
  !text.includes(',') && !/\n\s*\S/u.test(text.trim());

/**
 * Streams an export CSV's rows as cells: finds the header row (after a `Notes:` preamble, or
 * on line 1) and the separator it uses (a comma, or a tab or semicolon after Excel), rewrites Comments.csv's backslash escapes, and reports rows the CSV parser
 * cannot read with their line instead of stopping. Memory stays flat: only the current
 * record is held.
 */
export async function* readExportCsv(
  text: AsyncIterable<string>,
  kind: ExportFileKind,
): AsyncGenerator<CsvEvent> {
  const iterator = text[Symbol.asyncIterator]();
  let head = '';
  let done = false;
  // A file without line breaks must not be read whole while looking for its header.
  while (!done && countLines(head) <= headerSearchLines && head.length < maxRecordChars) {
    const next = await iterator.next();
    if (next.done) done = true;
    else head += next.value;
  }
  const lines = head.split('\n');
  // The last piece is a partial line, or empty after a final line break.
  const complete = done && lines.at(-1) !== '' ? lines.length : lines.length - 1;
  const searched = Math.min(complete, headerSearchLines);
  let headerIndex = -1;
  let delimiter: CsvDelimiter = ',';
  // LinkedIn writes commas; an Excel re-save may write tabs or semicolons instead.
  search: for (let index = 0; index < searched; index += 1) {
    for (const candidate of csvDelimiters) {
      if (isHeaderRow(kind, splitHeaderLineBy(lines[index] ?? '', candidate))) {
        headerIndex = index;
        delimiter = candidate;
        break search;
      }
    }
  }
  if (headerIndex < 0) {
    if (done && (head.trim() === '' || isPlaceholderText(head))) return;
    await iterator.return?.();
    yield { type: 'no-header', linesRead: searched };
    return;
  }
  const lineOffset = headerIndex;
  const body = lines.slice(headerIndex).join('\n');

  const rewriter = kind === 'comments' ? new BackslashQuoteRewriter(delimiter) : undefined;
  // Lines the guard took out: a quote that never closes loses one row, not the rest of the file.
  const dropped: DroppedLine[] = [];
  const guard = new RunawayQuoteGuard(delimiter, maxRecordChars, (line) => dropped.push(line));
  async function* source(): AsyncGenerator<string> {
    yield guard.push(rewriter ? rewriter.push(body) : body);
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      yield guard.push(rewriter ? rewriter.push(next.value) : next.value);
    }
    if (rewriter) yield guard.push(rewriter.flush());
    yield guard.flush();
  }

  // Line numbers without csv-parse's per-record info object (a fifth of the parse time): a
  // record spans one line plus the line breaks inside its cells. Empty lines come through as
  // one empty cell and are counted, then dropped.
  let nextLine = lineOffset + 1;
  let consumed = 0;
  const skipped: { afterRecords: number; problem: RowProblem }[] = [];
  const parser = parseCsv({
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    skip_records_with_error: true,
    max_record_size: maxRecordChars,
  });
  parser.on('skip', (error: CsvError & { records?: number }) => {
    skipped.push({
      afterRecords: error.records ?? consumed,
      problem: parserProblem(error),
    });
  });
  const input = Readable.from(source(), { objectMode: false });
  // `pipe` does not pass errors on: a file that turns out undecodable, damaged or a zip bomb
  // after its first lines must fail the read (and the import), not crash the process.
  input.on('error', (error) => parser.destroy(error));
  input.pipe(parser);

  let parserSkips = 0;
  function* badRows(): Generator<CsvEvent> {
    for (;;) {
      let problem: RowProblem | undefined;
      if (skipped.length > 0 && (skipped[0]?.afterRecords ?? 0) <= consumed) {
        problem = skipped.shift()?.problem;
        parserSkips += 1;
      } else if (dropped.length > 0 && (dropped[0]?.afterRecords ?? 0) <= consumed + parserSkips) {
        // The guard counts the records it passed on, the parser's skipped ones included.
        const line = dropped.shift();
        if (line) {
          problem = {
            kind: 'unparsable',
            fault: line.fault,
            ...(line.limitBytes === undefined ? {} : { limitBytes: line.limitBytes }),
          };
        }
      }
      if (problem === undefined) return;
      yield { type: 'bad-row', line: nextLine, problem };
      // A broken record's length is unknown; count it as one line.
      nextLine += 1;
    }
  }

  try {
    yield* records();
  } finally {
    input.destroy();
  }

  async function* records(): AsyncGenerator<CsvEvent> {
    let first = true;
    for await (const cells of parser as AsyncIterable<string[]>) {
      yield* badRows();
      consumed += 1;
      const line = nextLine;
      nextLine += 1;
      for (const cell of cells) {
        for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) nextLine += 1;
      }
      if (cells.length === 1 && cells[0] === '') continue;
      if (first) {
        first = false;
        yield { type: 'header', columns: cells, line };
        continue;
      }
      if (cells.every((cell) => cell === '')) continue;
      yield { type: 'row', cells, line };
    }
    consumed = Number.MAX_SAFE_INTEGER;
    yield* badRows();
  }
}

/** csv-parse's error codes as the faults netwerk reports; any other keeps its code. */
const parserFaults: Record<string, CsvRowFault> = {
  CSV_QUOTE_NOT_CLOSED: 'quote-never-closed',
  CSV_MAX_RECORD_SIZE: 'record-too-large',
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: 'text-after-quote',
  CSV_INVALID_CLOSING_QUOTE: 'text-after-quote',
  INVALID_OPENING_QUOTE: 'quote-inside-field',
};

/** A row the parser skipped, as a problem with a code (its English message is not shown). */
function parserProblem(error: CsvError): Extract<RowProblem, { kind: 'unparsable' }> {
  const fault = parserFaults[error.code] ?? 'parser';
  if (fault === 'record-too-large')
    return { kind: 'unparsable', fault, limitBytes: maxRecordChars };
  if (fault === 'parser') return { kind: 'unparsable', fault, parserCode: error.code };
  return { kind: 'unparsable', fault };
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    count += 1;
  }
  return count;
}
