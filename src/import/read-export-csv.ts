import { Readable } from 'node:stream';
import type { CsvError, InfoRecord, Options as CsvOptions } from 'csv-parse';
import { parse as parseCsv } from 'csv-parse';
import { BackslashQuoteRewriter } from '../core/linkedin-export/backslash-quote-rewriter.js';
import type { ExportFileKind } from '../core/linkedin-export/export-file-kinds.js';
import { isHeaderRow, splitHeaderLine } from '../core/linkedin-export/export-headers.js';
import type { RowProblem } from '../core/linkedin-export/row-problem.js';

/** What reading one export CSV yields, in file order. */
export type CsvEvent =
  | { type: 'header'; columns: string[]; line: number }
  | { type: 'row'; cells: string[]; line: number }
  | { type: 'bad-row'; line: number; problem: RowProblem }
  | { type: 'no-header'; linesRead: number };

interface ParsedRecord {
  cells: string[];
  line: number;
}

/** The header is looked for in this many lines (Connections.csv has a 3-line preamble). */
export const headerSearchLines = 20;

/** No LinkedIn field comes near this; a runaway quote must not buffer a whole file. */
const maxRecordChars = 4 * 1024 * 1024;

/** Some header-only files hold one sentence instead (`No conversations found`). */
const isPlaceholderText = (text: string): boolean =>
  !text.includes(',') && !/\n\s*\S/u.test(text.trim());

/**
 * Streams an export CSV's rows as cells: finds the header row (after a `Notes:` preamble, or
 * on line 1), rewrites Comments.csv's backslash escapes, and reports rows the CSV parser
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
  while (!done && countLines(head) <= headerSearchLines) {
    const next = await iterator.next();
    if (next.done) done = true;
    else head += next.value;
  }
  const lines = head.split('\n');
  const searched = Math.min(lines.length - (done ? 0 : 1), headerSearchLines);
  let headerIndex = -1;
  for (let index = 0; index < searched; index += 1) {
    if (isHeaderRow(kind, splitHeaderLine(lines[index] ?? ''))) {
      headerIndex = index;
      break;
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

  const rewriter = kind === 'comments' ? new BackslashQuoteRewriter() : undefined;
  async function* source(): AsyncGenerator<string> {
    yield rewriter ? rewriter.push(body) : body;
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      yield rewriter ? rewriter.push(next.value) : next.value;
    }
    if (rewriter) yield rewriter.flush();
  }

  let lastEnd = 0;
  let lastEmpty = 0;
  const skipped: CsvEvent[] = [];
  const options: CsvOptions<ParsedRecord, string[]> = {
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: maxRecordChars,
    on_record: (record: string[], context: InfoRecord) => {
      const line = lastEnd + 1 + (context.empty_lines - lastEmpty) + lineOffset;
      lastEnd = context.lines;
      lastEmpty = context.empty_lines;
      return { cells: record, line };
    },
  };
  const parser = parseCsv(options as unknown as CsvOptions);
  parser.on('skip', (error: CsvError & { lines?: number; empty_lines?: number }) => {
    const endLine = error.lines ?? lastEnd;
    const emptyLines = error.empty_lines ?? lastEmpty;
    skipped.push({
      type: 'bad-row',
      line: lastEnd + 1 + (emptyLines - lastEmpty) + lineOffset,
      problem: { kind: 'unparsable', detail: error.message.replace(/\s*at line \d+.*$/su, '') },
    });
    lastEnd = endLine;
    lastEmpty = emptyLines;
  });
  Readable.from(source(), { objectMode: false }).pipe(parser);

  let first = true;
  for await (const record of parser as AsyncIterable<ParsedRecord>) {
    while (skipped.length > 0) yield skipped.shift() as CsvEvent;
    if (first) {
      first = false;
      yield { type: 'header', columns: record.cells, line: record.line };
      continue;
    }
    if (record.cells.every((cell) => cell === '')) continue;
    yield { type: 'row', cells: record.cells, line: record.line };
  }
  while (skipped.length > 0) yield skipped.shift() as CsvEvent;
}

function countLines(text: string): number {
  let count = 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) {
    count += 1;
  }
  return count;
}
