import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../core/errors/app-error.js';

export type UploadKind = 'export' | 'photo' | 'request';

export function tooLarge(kind: UploadKind, limit: number): AppError {
  return new AppError('upload-too-large', { kind, limitBytes: limit });
}

/** Refuses a body whose declared length is over the limit before reading a byte of it. */
export function checkDeclaredLength(request: Request, kind: UploadKind, limit: number): void {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(kind, limit);
}

/** Reads a small body (a photo) into memory, stopping at the limit. */
export async function readBodyWithLimit(
  request: Request,
  kind: UploadKind,
  limit: number,
): Promise<Buffer> {
  checkDeclaredLength(request, kind, limit);
  const chunks: Buffer[] = [];
  let total = 0;
  if (request.body) {
    for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
      total += chunk.byteLength;
      if (total > limit) throw tooLarge(kind, limit);
      chunks.push(Buffer.from(chunk));
    }
  }
  return Buffer.concat(chunks);
}

export interface ReceivedFile {
  path: string;
  bytes: number;
  /** Removes the file and its folder. */
  remove(): Promise<void>;
}

/**
 * Streams a large body (the export ZIP) to a file of its own in a fresh temp folder, counting
 * bytes: memory stays flat whatever the size, and the upload stops at the limit, leaving nothing.
 */
export async function receiveToFile(
  request: Request,
  options: { kind: UploadKind; limit: number; dir?: string; fileName: string },
): Promise<ReceivedFile> {
  checkDeclaredLength(request, options.kind, options.limit);
  const folder = await mkdtemp(join(options.dir ?? tmpdir(), 'netwerk-upload-'));
  const remove = () => rm(folder, { recursive: true, force: true });
  const path = join(folder, options.fileName);
  const out = createWriteStream(path, { flags: 'wx', mode: 0o600 });
  let bytes = 0;
  try {
    if (request.body) {
      for await (const chunk of request.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.byteLength;
        if (bytes > options.limit) throw tooLarge(options.kind, options.limit);
        if (!out.write(chunk)) await once(out, 'drain');
      }
    }
    out.end();
    await once(out, 'close');
    return { path, bytes, remove };
  } catch (error) {
    out.destroy();
    await remove();
    throw error;
  }
}
