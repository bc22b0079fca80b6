/**
 * The failures that stop a use case. Expected outcomes (lint findings, scam signals, bad CSV
 * rows) are values, never errors. Each code has words in describe-error.ts and an exit code in
 * the CLI; both tables are exhaustive, so a new code does not compile until every surface
 * handles it.
 */
export type ErrorCode =
  | 'usage'
  | 'input-not-found'
  | 'input-unreadable'
  | 'input-format-unknown'
  | 'config-invalid'
  | 'config-exists'
  | 'storage-failed'
  | 'inviter-not-found'
  | 'inviter-ambiguous'
  | 'person-not-found'
  | 'person-ambiguous'
  | 'introduction-not-found'
  | 'photo-not-image'
  | 'photo-damaged'
  | 'photo-too-large'
  | 'profile-invalid'
  | 'export-not-zip'
  | 'export-damaged'
  | 'export-no-linkedin-files'
  | 'export-zip-bomb'
  | 'export-undecodable'
  | 'upload-too-large'
  | 'import-busy'
  | 'server-port-in-use'
  | 'linkedin-not-linked'
  | 'linkedin-token-rejected'
  | 'linkedin-access-denied'
  | 'linkedin-version-refused'
  | 'linkedin-rate-limited'
  | 'linkedin-unavailable'
  | 'linkedin-request-failed'
  | 'login-failed'
  | 'login-throttled'
  | 'password-invalid'
  | 'current-password-wrong'
  | 'settings-invalid'
  | 'account-removed';

/** Facts for the message: file names, line numbers, fields. Never personal data. */
export type ErrorDetails = Record<string, string | number | undefined>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, details: ErrorDetails = {}, options?: { cause?: unknown }) {
    super(`${code}${details.path ? ` (${String(details.path)})` : ''}`, options);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
