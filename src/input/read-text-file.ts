import { readFile } from 'node:fs/promises';
import { AppError } from '../core/errors/app-error.js';

/** A whole UTF-8 text file without its BOM; a missing or unreadable file is one clear AppError. */
export async function readTextFile(path: string): Promise<string> {
  try {
    return (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('input-not-found', { path }, { cause: error });
    throw new AppError(
      'input-unreadable',
      { path, reason: code ?? String(error) },
      { cause: error },
    );
  }
}
