import { AppError } from '../../core/errors/app-error.js';
import type { UserLanguage } from '../../core/i18n/languages.js';

/** `--limit`: a positive number of characters (300 or 200 in practice); else the account's. */
export function parseLimitOption(
  value: string | undefined,
  fallback: number,
  language: UserLanguage,
): number {
  if (value === undefined) return fallback;
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit <= 0 || limit > 10_000) {
    throw new AppError('usage', {
      message:
        language === 'nl'
          ? `--limit ${value}: geef een aantal tekens, zoals 300 of 200`
          : `--limit ${value}: give a number of characters, such as 300 or 200`,
    });
  }
  return limit;
}
