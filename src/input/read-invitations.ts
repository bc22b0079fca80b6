import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { parse as parseCsv } from 'csv-parse';
import { AppError } from '../core/errors/app-error.js';
import type { Invitation } from '../core/invitation/invitation.js';
import type { InvitationRecordError } from '../core/invitation/parse-invitation-record.js';
import {
  describeRecordProblem,
  isInvitationRecordError,
  parseInvitationRecord,
} from '../core/invitation/parse-invitation-record.js';
import type { UserLanguage } from '../core/i18n/languages.js';
import {
  invitationFromExport,
  isInvitationsHeader,
  mapInvitationRow,
} from '../core/linkedin-export/invitation-row.js';

export type InvitationInputFormat = 'jsonl' | 'json' | 'csv';

export type InvitationRecord =
  | { kind: 'invitation'; invitation: Invitation; line: number }
  | { kind: 'error'; error: InvitationRecordError }
  | { kind: 'skipped-outgoing'; line: number };

export interface InvitationSource {
  /** Shown in messages: the file name, or "stdin". */
  label: string;
  format: InvitationInputFormat;
  records: AsyncGenerator<InvitationRecord>;
}

/**
 * Opens FILE (or `-` for standard input) and tells JSON Lines, a JSON array and LinkedIn's
 * Invitations.csv apart by content (docs/formats.md, "Invitation input"). JSON Lines and CSV
 * stream record by record, so memory stays flat however long the input.
 */
export async function openInvitationSource(
  path: string,
  stdin: Readable,
  language: UserLanguage,
): Promise<InvitationSource> {
  const label = path === '-' ? 'stdin' : path;
  let input: Readable;
  if (path === '-') {
    input = stdin;
  } else {
    try {
      const info = await stat(path);
      if (info.isDirectory())
        throw new AppError('input-unreadable', { path, reason: 'a directory' });
    } catch (error) {
      if (error instanceof AppError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw new AppError('input-not-found', { path }, { cause: error });
      throw new AppError(
        'input-unreadable',
        { path, reason: code ?? String(error) },
        { cause: error },
      );
    }
    input = createReadStream(path);
  }
  // One streaming decoder: a multi-byte character may be split across two chunks.
  const decoder = new TextDecoder('utf-8');
  const { head, rest } = await peek(input, label, decoder);
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('['))
    return { label, format: 'json', records: readJsonArray(head, rest, decoder, label, language) };
  if (text.startsWith('{'))
    return { label, format: 'jsonl', records: readJsonLines(head, rest, decoder, language) };
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const columns = firstLine.split(',').map((column) => column.replace(/^"|"$/g, ''));
  if (isInvitationsHeader(columns))
    return {
      label,
      format: 'csv',
      records: readInvitationsCsv(head, rest, decoder, label, language),
    };
  throw new AppError('input-format-unknown', { path: label });
}

/** Reads the first chunk(s) up to the first full line, then hands back the rest of the stream. */
async function peek(
  input: Readable,
  label: string,
  decoder: TextDecoder,
): Promise<{ head: string; rest: AsyncIterator<Buffer | string> }> {
  const iterator = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let head = '';
  try {
    while (!/\n/.test(head) && head.length < 1_000_000) {
      const next = await iterator.next();
      if (next.done) break;
      head +=
        typeof next.value === 'string' ? next.value : decoder.decode(next.value, { stream: true });
    }
  } catch (error) {
    throw new AppError(
      'input-unreadable',
      { path: label, reason: (error as Error).message },
      { cause: error },
    );
  }
  if (head.trim() === '') throw new AppError('input-format-unknown', { path: label, line: 1 });
  return { head, rest: iterator };
}

async function* chunks(
  head: string,
  rest: AsyncIterator<Buffer | string>,
  decoder: TextDecoder,
): AsyncGenerator<string> {
  yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done) break;
    yield typeof next.value === 'string'
      ? next.value
      : decoder.decode(next.value, { stream: true });
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

/** Splits decoded chunks into lines (LF or CRLF), the last one without a line end included. */
async function* linesOf(source: AsyncGenerator<string>): AsyncGenerator<string> {
  let pending = '';
  for await (const chunk of source) {
    pending += chunk;
    let end = pending.indexOf('\n');
    let start = 0;
    while (end !== -1) {
      yield pending.charCodeAt(end - 1) === 13
        ? pending.slice(start, end - 1)
        : pending.slice(start, end);
      start = end + 1;
      end = pending.indexOf('\n', start);
    }
    pending = pending.slice(start);
  }
  if (pending !== '') yield pending.endsWith('\r') ? pending.slice(0, -1) : pending;
}

async function* readJsonLines(
  head: string,
  rest: AsyncIterator<Buffer | string>,
  decoder: TextDecoder,
  language: UserLanguage,
): AsyncGenerator<InvitationRecord> {
  let line = 0;
  for await (const raw of linesOf(chunks(head, rest, decoder))) {
    line += 1;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield {
        kind: 'error',
        error: {
          id: String(line),
          line,
          error: { field: '(record)', message: describeRecordProblem('not-json', language) },
        },
      };
      continue;
    }
    yield classify(parseInvitationRecord(value, line, language), line);
  }
}

async function* readJsonArray(
  head: string,
  rest: AsyncIterator<Buffer | string>,
  decoder: TextDecoder,
  label: string,
  language: UserLanguage,
): AsyncGenerator<InvitationRecord> {
  let text = '';
  for await (const chunk of chunks(head, rest, decoder)) text += chunk;
  let values: unknown;
  try {
    values = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('input-format-unknown', { path: label }, { cause: error });
  }
  if (!Array.isArray(values)) throw new AppError('input-format-unknown', { path: label });
  let position = 0;
  for (const value of values) {
    position += 1;
    yield classify(parseInvitationRecord(value, position, language), position);
  }
}

async function* readInvitationsCsv(
  head: string,
  rest: AsyncIterator<Buffer | string>,
  decoder: TextDecoder,
  label: string,
  language: UserLanguage,
): AsyncGenerator<InvitationRecord> {
  const parser = toReadable(chunks(head, rest, decoder)).pipe(
    parseCsv({
      bom: true,
      columns: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: false,
    }),
  );
  let row = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: Record<string, string>;
      info: { lines: number };
    }>) {
      row += 1;
      const mapped = mapInvitationRow(record);
      if ('field' in mapped) {
        yield {
          kind: 'error',
          error: {
            id: String(row),
            line: info.lines,
            error: { field: mapped.field, message: describeRecordProblem('invalid', language) },
          },
        };
        continue;
      }
      if (mapped.direction === 'OUTGOING') {
        yield { kind: 'skipped-outgoing', line: info.lines };
        continue;
      }
      if (!mapped.from) {
        yield {
          kind: 'error',
          error: {
            id: String(row),
            line: info.lines,
            error: { field: 'From', message: describeRecordProblem('empty', language) },
          },
        };
        continue;
      }
      yield {
        kind: 'invitation',
        invitation: invitationFromExport(mapped, String(row)),
        line: info.lines,
      };
    }
  } catch (error) {
    throw new AppError(
      'input-unreadable',
      { path: label, reason: (error as Error).message },
      { cause: error },
    );
  }
}

function classify(result: Invitation | InvitationRecordError, line: number): InvitationRecord {
  return isInvitationRecordError(result)
    ? { kind: 'error', error: result }
    : { kind: 'invitation', invitation: result, line };
}

function toReadable(source: AsyncGenerator<string>): Readable {
  return Readable.from(source, { objectMode: false });
}
