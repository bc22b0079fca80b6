import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors/app-error.js';
import type { ProfileFacts } from '../core/profile/profile-facts.js';

/**
 * The `--profile FILE.json` of `netwerk audit` (docs/formats.md, "Audit"): the user's own
 * profile facts, every field optional. `photo` is a path relative to the JSON file.
 */
const profileFileSchema = z
  .object({
    headline: z.string().optional(),
    summary: z.string().optional(),
    position: z
      .object({ title: z.string().trim().min(1), company: z.string().optional() })
      .strict()
      .optional(),
    industry: z.string().optional(),
    photo: z.string().trim().min(1).optional(),
    hasPhoto: z.boolean().optional(),
  })
  .strict();

export interface ProfileFile {
  facts: ProfileFacts;
  /** The photo's path, resolved against the JSON file's folder. */
  photoPath?: string;
  /** The photo as written in the file, for messages. */
  photoLabel?: string;
}

/** A profile is a few kilobytes; anything past this is not one. */
const maxProfileFileBytes = 1024 * 1024;

export async function readProfileFile(
  path: string,
  cwd: string,
  label = path,
): Promise<ProfileFile> {
  const absolute = resolve(cwd, path);
  let text: string;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) throw new AppError('input-unreadable', { path: label, reason: 'EISDIR' });
    if (info.size > maxProfileFileBytes) {
      throw new AppError('profile-invalid', {
        path: label,
        reason: 'larger than 1 MB, while a profile is a few kilobytes',
      });
    }
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('input-not-found', { path: label }, { cause: error });
    throw new AppError('input-unreadable', { path: label, reason: code }, { cause: error });
  }

  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new AppError('profile-invalid', { path: label, reason: 'not JSON' }, { cause: error });
  }
  const parsed = profileFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'profile-invalid',
      {
        path: label,
        field: issue?.path.join('.') || undefined,
        reason: issue?.message ?? 'unexpected shape',
      },
      { cause: parsed.error },
    );
  }
  const { photo, ...rest } = parsed.data;
  const facts: ProfileFacts = {
    ...(rest.headline !== undefined ? { headline: rest.headline } : {}),
    ...(rest.summary !== undefined ? { summary: rest.summary } : {}),
    ...(rest.position
      ? {
          position: {
            title: rest.position.title,
            ...(rest.position.company ? { company: rest.position.company } : {}),
          },
        }
      : {}),
    ...(rest.industry !== undefined ? { industry: rest.industry } : {}),
    // A photo file means a photo exists.
    ...(rest.hasPhoto !== undefined || photo ? { hasPhoto: rest.hasPhoto ?? true } : {}),
  };
  return {
    facts,
    ...(photo ? { photoPath: resolve(dirname(absolute), photo), photoLabel: photo } : {}),
  };
}
