import { createReadStream } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import yauzl from 'yauzl';
import { AppError } from '../core/errors/app-error.js';
import type { ZipLimits } from './zip-limits.js';
import { defaultZipLimits, zipLimitBreach } from './zip-limits.js';

/** One file of the export, read as a byte stream straight from the ZIP or the folder. */
export interface ExportEntry {
  /** The path inside the ZIP or folder, with `/` separators. */
  path: string;
  /** Uncompressed bytes (declared by the ZIP, checked while reading). */
  size: number;
  open(): Promise<AsyncIterable<Buffer>>;
}

/** An entry that was not read, and why. */
export interface SkippedEntry {
  path: string;
  reason: 'not-imported' | 'unsafe-path' | 'encrypted' | 'unsupported-compression';
}

export interface ExportSource {
  /** The PATH the user gave. */
  label: string;
  entries: ExportEntry[];
  /** Entries never read: unsafe names (`../`, absolute), encrypted, unknown compression. */
  unreadable: SkippedEntry[];
  /** `Basic_LinkedInDataExport_03-04-2025.zip` says when the export was made: 2025-03-04. */
  exportedOn: string | undefined;
  close(): Promise<void>;
}

/**
 * Fails early, before any database is opened, on a PATH that cannot be an export: missing,
 * unreadable, or a file that does not start like a ZIP.
 */
export async function checkExportPath(path: string): Promise<void> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('input-not-found', { path }, { cause: error });
    throw new AppError(
      'input-unreadable',
      { path, reason: code ?? String(error) },
      { cause: error },
    );
  }
  if (info.isDirectory()) return;
  let zip;
  try {
    zip = info.size >= 4 && (await startsLikeZip(path));
  } catch (error) {
    throw new AppError(
      'input-unreadable',
      { path, reason: (error as NodeJS.ErrnoException).code ?? String(error) },
      { cause: error },
    );
  }
  if (!zip) throw new AppError('export-not-zip', { path });
}

/** Opens a LinkedIn export: a ZIP (streamed, never extracted) or an unpacked folder. */
export async function openExportSource(
  path: string,
  limits: ZipLimits = defaultZipLimits,
): Promise<ExportSource> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('input-not-found', { path }, { cause: error });
    throw new AppError(
      'input-unreadable',
      { path, reason: code ?? String(error) },
      { cause: error },
    );
  }
  const exportedOn = exportDateFromName(basename(path));
  if (info.isDirectory()) return openFolder(path, exportedOn);
  return openZip(path, info.size, exportedOn, limits);
}

/** The date in LinkedIn's archive name `…LinkedInDataExport_MM-DD-YYYY`, as YYYY-MM-DD. */
export function exportDateFromName(name: string): string | undefined {
  const match = /LinkedInDataExport_(\d{2})-(\d{2})-(\d{4})/iu.exec(name);
  if (!match) return undefined;
  const [, month, day, year] = match;
  const iso = `${year}-${month}-${day}`;
  return Number.isNaN(Date.parse(`${iso}T00:00:00Z`)) ? undefined : iso;
}

async function openFolder(root: string, exportedOn: string | undefined): Promise<ExportSource> {
  const entries: ExportEntry[] = [];
  // Three levels cover `Jobs/…` and an export wrapped in one more folder.
  async function walk(dir: string, depth: number): Promise<void> {
    const children = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
      throw new AppError(
        'input-unreadable',
        { path: dir, reason: (error as NodeJS.ErrnoException).code ?? String(error) },
        { cause: error },
      );
    });
    children.sort((a, b) => a.name.localeCompare(b.name));
    for (const child of children) {
      const full = join(dir, child.name);
      if (child.isDirectory()) {
        if (depth < 3) await walk(full, depth + 1);
      } else if (child.isFile()) {
        const size = (await stat(full)).size;
        entries.push({
          path: relative(root, full).split(sep).join('/'),
          size,
          open: async () => createReadStream(full) as AsyncIterable<Buffer>,
        });
      }
    }
  }
  await walk(root, 0);
  return { label: root, entries, unreadable: [], exportedOn, close: async () => undefined };
}

const zipSignatures = [Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('PK\x05\x06', 'latin1')];

async function startsLikeZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return zipSignatures.some((signature) => head.equals(signature));
  } finally {
    await handle.close();
  }
}

async function openZip(
  path: string,
  fileSize: number,
  exportedOn: string | undefined,
  limits: ZipLimits,
): Promise<ExportSource> {
  const looksLikeZip = fileSize >= 4 && (await startsLikeZip(path));
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, {
      decodeStrings: false,
      validateEntrySizes: true,
      autoClose: false,
    });
  } catch (error) {
    if (!looksLikeZip) throw new AppError('export-not-zip', { path }, { cause: error });
    throw new AppError('export-damaged', { path, problem: zipFault(error) }, { cause: error });
  }
  const entries: ExportEntry[] = [];
  const unreadable: SkippedEntry[] = [];
  let declaredTotal = 0;
  let count = 0;
  const total = { inflated: 0 };
  try {
    for await (const entry of zip.eachEntry()) {
      count += 1;
      if (count > limits.maxEntries) {
        throw new AppError('export-zip-bomb', {
          path,
          problem: 'too-many-files',
          limit: limits.maxEntries,
        });
      }
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        false,
      );
      if (name.endsWith('/')) continue;
      // yauzl would reject the whole archive for one bad name; skip and report it instead.
      if (yauzl.validateFileName(name) !== null || name.includes('\0')) {
        unreadable.push({ path: name, reason: 'unsafe-path' });
        continue;
      }
      if (entry.isEncrypted()) {
        unreadable.push({ path: name, reason: 'encrypted' });
        continue;
      }
      if (!entry.canDecodeFileData()) {
        unreadable.push({ path: name, reason: 'unsupported-compression' });
        continue;
      }
      declaredTotal += entry.uncompressedSize;
      const breach = zipLimitBreach(
        limits,
        entry.uncompressedSize,
        entry.compressedSize,
        declaredTotal,
      );
      if (breach) throw new AppError('export-zip-bomb', { path, file: name, ...breach });
      entries.push({
        path: name,
        size: entry.uncompressedSize,
        open: async () =>
          guardedBytes(await zip.openReadStreamPromise(entry), {
            path,
            name,
            compressedSize: entry.compressedSize,
            crc: entry.crc32,
            limits,
            total,
          }),
      });
    }
  } catch (error) {
    zip.close();
    if (error instanceof AppError) throw error;
    throw new AppError('export-damaged', { path, problem: zipFault(error) }, { cause: error });
  }
  return {
    label: path,
    entries,
    unreadable,
    exportedOn,
    close: async () => zip.close(),
  };
}

interface GuardOptions {
  path: string;
  name: string;
  compressedSize: number;
  crc: number;
  limits: ZipLimits;
  total: { inflated: number };
}

/**
 * Counts what an entry really inflates to (a ZIP can lie about sizes), stops at the zip-bomb
 * limits, and checks the CRC-32 at the end: a damaged archive never imports half a file.
 */
async function* guardedBytes(source: Readable, options: GuardOptions): AsyncGenerator<Buffer> {
  const { path, name, limits, total } = options;
  let inflated = 0;
  let crc = 0;
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      total.inflated += chunk.length;
      const breach = zipLimitBreach(limits, inflated, options.compressedSize, total.inflated);
      if (breach) throw new AppError('export-zip-bomb', { path, file: name, ...breach });
      crc = crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError(
      'export-damaged',
      { path, file: name, problem: zipFault(error, 'entry-unreadable') },
      { cause: error },
    );
  } finally {
    // Stopping early (a file without a header) must not leave the inflater running.
    source.destroy();
  }
  if (crc >>> 0 !== options.crc >>> 0) {
    throw new AppError('export-damaged', {
      path,
      file: name,
      problem: 'checksum',
      bytes: inflated,
    });
  }
}

/**
 * What a ZIP library or inflate error means, as a code describeError puts into words (its own
 * English message stays in the error's cause, for `--debug`).
 */
function zipFault(
  error: unknown,
  otherwise: 'zip-unreadable' | 'entry-unreadable' = 'zip-unreadable',
): 'size-mismatch' | 'entry-corrupt' | 'truncated' | 'zip-unreadable' | 'entry-unreadable' {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (/bytes in the stream|size mismatch/iu.test(message)) return 'size-mismatch';
  if (typeof code === 'string' && code.startsWith('Z_')) return 'entry-corrupt';
  if (/unexpected EOF|overflows file bounds|truncated/iu.test(message)) return 'truncated';
  return otherwise;
}
