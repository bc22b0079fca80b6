import type { Context } from 'hono';
import type { z } from 'zod';
import { AppError } from '../core/errors/app-error.js';
import { readBodyWithLimit } from './receive-upload.js';

/**
 * Reads a JSON body at the boundary: at most `limit` bytes, parsed, then validated by the
 * schema. Anything else is a usage error naming the first problem.
 */
export async function readJson<Schema extends z.ZodType>(
  c: Context,
  schema: Schema,
  limit: number,
): Promise<z.infer<Schema>> {
  const bytes = await readBodyWithLimit(c.req.raw, 'request', limit);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new AppError('usage', { message: 'The request body is not JSON' });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('usage', {
      message: `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
    });
  }
  return parsed.data;
}
