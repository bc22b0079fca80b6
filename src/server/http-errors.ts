import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../core/errors/app-error.js';
import { isAppError } from '../core/errors/app-error.js';
import { describeError } from '../core/errors/describe-error.js';
import type { UserLanguage } from '../core/i18n/languages.js';

/** Each error code's HTTP status; exhaustive, like the CLI's exit codes. */
export const httpStatusFor = {
  usage: 400,
  'input-not-found': 404,
  'input-unreadable': 400,
  'input-format-unknown': 400,
  'config-invalid': 400,
  'config-exists': 409,
  'storage-failed': 500,
  'inviter-not-found': 404,
  'inviter-ambiguous': 409,
  'photo-not-image': 415,
  'photo-damaged': 422,
  'photo-too-large': 413,
  'profile-invalid': 400,
  'export-not-zip': 415,
  'export-damaged': 422,
  'export-no-linkedin-files': 422,
  'export-zip-bomb': 422,
  'export-undecodable': 422,
  'upload-too-large': 413,
  'import-busy': 409,
  'server-port-in-use': 500,
  'person-not-found': 404,
  'person-ambiguous': 409,
  'introduction-not-found': 404,
  // LinkedIn live sync: not linked yet is the user's to fix; the rest is LinkedIn answering.
  'linkedin-not-linked': 409,
  'linkedin-token-rejected': 502,
  'linkedin-access-denied': 502,
  'linkedin-version-refused': 502,
  'linkedin-rate-limited': 429,
  'linkedin-unavailable': 503,
  'linkedin-request-failed': 502,
  // The shared server's accounts (issue 8).
  'login-failed': 401,
  'login-throttled': 429,
  'password-invalid': 400,
  'current-password-wrong': 403,
  'settings-invalid': 400,
  'account-removed': 410,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

/** The body of every error response: a code for programs, one sentence for people. */
export interface ErrorBody {
  error: { code: string; message: string };
}

const unexpected = {
  nl: 'Onverwachte fout in netwerk. Kijk in de terminal waar `netwerk serve` draait.',
  en: 'Unexpected error in netwerk. Look at the terminal where `netwerk serve` runs.',
} satisfies Record<UserLanguage, string>;

/** Turns a thrown error into a JSON response in the language of the UI that asked. */
export function errorResponse(c: Context, error: unknown, language: UserLanguage): Response {
  if (isAppError(error)) {
    if (error.code === 'login-throttled' && error.details.retryAfterSeconds !== undefined) {
      c.header('Retry-After', String(error.details.retryAfterSeconds));
    }
    return c.json<ErrorBody>(
      { error: { code: error.code, message: describeError(error, language) } },
      httpStatusFor[error.code],
    );
  }
  if (error instanceof HTTPException) {
    return c.json<ErrorBody>(
      { error: { code: 'http', message: error.message } },
      error.status as ContentfulStatusCode,
    );
  }
  // Never a stack trace or personal data in a response; the terminal gets the details.
  console.error('netwerk serve:', error instanceof Error ? (error.stack ?? error.message) : error);
  return c.json<ErrorBody>({ error: { code: 'unexpected', message: unexpected[language] } }, 500);
}
