import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { dataDirectory } from '../config/config-paths.js';
import { AppError } from '../core/errors/app-error.js';

/**
 * Where the LinkedIn token lives: `NETWERK_LINKEDIN_TOKEN`, else a file in the data dir that
 * only its owner can read (0600). Never in the database, never in a log or an error.
 */
export const tokenEnvironmentVariable = 'NETWERK_LINKEDIN_TOKEN';
export const tokenFileName = 'linkedin-token.json';

export interface LinkedInToken {
  token: string;
  origin: 'env' | 'file';
}

/** Reads the token for a sync; the server's poller asks again before every poll. */
export interface TokenSource {
  read(): Promise<LinkedInToken | undefined>;
}

export interface TokenStore extends TokenSource {
  /** The token file's path (for messages: no secret in it). */
  readonly file: string;
  /** Writes the token file with mode 0600, atomically. */
  save(token: string, savedAt: Date): Promise<void>;
  /** Deletes the token file; false when there was none. */
  remove(): Promise<boolean>;
}

/**
 * Whether a pasted text can be a bearer token: LinkedIn's tokens are long runs of letters,
 * digits and `-._~+/=`. Refusing anything else keeps a pasted sentence out of an HTTP header.
 */
export function isPlausibleToken(token: string): boolean {
  return /^[A-Za-z0-9\-._~+/=]{20,4096}$/u.test(token);
}

export function linkedInTokenStore(
  env: NodeJS.ProcessEnv,
  directory = dataDirectory(env),
): TokenStore {
  const file = join(directory, tokenFileName);
  return {
    file,
    async read() {
      const fromEnv = env[tokenEnvironmentVariable]?.trim();
      if (fromEnv) return { token: fromEnv, origin: 'env' };
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw new AppError('input-unreadable', {
          path: file,
          reason: (error as NodeJS.ErrnoException).code ?? 'unreadable',
        });
      }
      // Someone widened the file's mode: narrow it again before using what it holds.
      const info = await stat(file);
      if ((info.mode & 0o077) !== 0) await chmod(file, 0o600);
      let token: unknown;
      try {
        token = (JSON.parse(text) as { token?: unknown }).token;
      } catch {
        token = undefined;
      }
      if (typeof token !== 'string' || !isPlausibleToken(token)) {
        throw new AppError('input-unreadable', {
          path: file,
          reason: 'no token in it; run `netwerk link` again',
        });
      }
      return { token, origin: 'file' };
    },
    async save(token, savedAt) {
      await mkdir(directory, { recursive: true, mode: 0o700 });
      const temporary = join(directory, `.${tokenFileName}.${randomBytes(6).toString('hex')}`);
      const handle = await open(temporary, 'wx', 0o600);
      try {
        await handle.writeFile(`${JSON.stringify({ token, savedAt: savedAt.toISOString() })}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await chmod(temporary, 0o600);
      await rename(temporary, file);
    },
    async remove() {
      try {
        await rm(file);
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw error;
      }
    },
  };
}
