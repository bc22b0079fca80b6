import { TextDecoder } from 'node:util';
import { AppError } from '../core/errors/app-error.js';

/** Where a file came from, for the one-sentence error. */
export interface FileLabel {
  /** The PATH the user gave. */
  source: string;
  /** The file inside it. */
  file: string;
}

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

function encodingFromBom(head: Buffer): Encoding {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return utf16WithoutBom(head) ?? 'utf-8';
}

/**
 * UTF-16 saved without a BOM (some tools do): the headers are ASCII, so every other byte of the
 * first ones is zero. UTF-8 text has no zero bytes, so this never mistakes real UTF-8.
 */
function utf16WithoutBom(head: Buffer): Encoding | undefined {
  const pairs = Math.floor(Math.min(head.length, 64) / 2);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < pairs * 2; index += 2) {
    if (head[index] === 0) evenZeros += 1;
    if (head[index + 1] === 0) oddZeros += 1;
  }
  if (evenZeros === 0 && oddZeros >= pairs * 0.6) return 'utf-16le';
  if (oddZeros === 0 && evenZeros >= pairs * 0.6) return 'utf-16be';
  return undefined;
}

/** NUL characters carry nothing and PostgreSQL refuses them in text: both databases drop them. */
const withoutNul = (text: string): string =>
  text.includes('\0') ? text.replaceAll('\0', '') : text;

/**
 * Decodes an export file's bytes to text: UTF-8 (the export's own encoding, a BOM from an
 * Excel re-save stripped), or UTF-16 when a BOM (or, without one, its zero bytes) says so. Bytes that are not valid text stop
 * the import with the file and line, instead of importing garbled names.
 */
export async function* decodeExportText(
  bytes: AsyncIterable<Buffer>,
  label: FileLabel,
  onBytes: (count: number) => void = () => undefined,
): AsyncGenerator<string> {
  let decoder: TextDecoder | undefined;
  let pending: Buffer | undefined;
  let newlines = 0;
  const decode = (chunk: Buffer, stream: boolean): string => {
    try {
      return (decoder as TextDecoder).decode(chunk, { stream });
    } catch (error) {
      const partial = new TextDecoder(decoder?.encoding ?? 'utf-8').decode(chunk);
      const bad = partial.indexOf('\uFFFD');
      const before = bad < 0 ? partial : partial.slice(0, bad);
      throw new AppError(
        'export-undecodable',
        { path: label.source, file: label.file, line: newlines + countNewlines(before) + 1 },
        { cause: error },
      );
    }
  };
  // Read by hand: after undecodable bytes the rest is still read (below), so a damaged ZIP
  // entry, whose checksum is checked at its end, is reported as damaged and not as bad text.
  const iterator = bytes[Symbol.asyncIterator]();
  const chunks: AsyncIterable<Buffer> = {
    [Symbol.asyncIterator]: () => ({ next: async () => iterator.next() }),
  };
  try {
    yield* decodeChunks(chunks);
  } catch (error) {
    if (error instanceof AppError && error.code === 'export-undecodable') {
      await drainForDamage(iterator);
    }
    throw error;
  } finally {
    await iterator.return?.();
  }

  async function* decodeChunks(source: AsyncIterable<Buffer>): AsyncGenerator<string> {
    for await (const chunk of source) {
      onBytes(chunk.length);
      let data = chunk;
      if (decoder === undefined) {
        // A BOM needs the first two bytes; a one-byte first chunk waits for the next.
        data = pending ? Buffer.concat([pending, chunk]) : chunk;
        if (data.length < 2) {
          pending = data;
          continue;
        }
        pending = undefined;
        decoder = new TextDecoder(encodingFromBom(data), { fatal: true });
      }
      const text = withoutNul(decode(data, true));
      newlines += countNewlines(text);
      if (text !== '') yield text;
    }
    if (decoder === undefined) {
      if (!pending || pending.length === 0) return;
      decoder = new TextDecoder('utf-8', { fatal: true });
      const text = withoutNul(decode(pending, false));
      if (text !== '') yield text;
      return;
    }
    const rest = withoutNul(decode(Buffer.alloc(0), false));
    if (rest !== '') yield rest;
  }
}

/**
 * Reads what is left of a file whose text could not be decoded: when the bytes were damaged in
 * the ZIP (checksum) or inflate past the zip-bomb limits, that error is the one to report.
 */
async function drainForDamage(iterator: AsyncIterator<Buffer>): Promise<void> {
  try {
    for (let next = await iterator.next(); next.done !== true; next = await iterator.next()) {
      // Only the end of the entry matters.
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
  }
}

function countNewlines(text: string): number {
  let count = 0;
  let index = text.indexOf('\n');
  while (index !== -1) {
    count += 1;
    index = text.indexOf('\n', index + 1);
  }
  return count;
}
