import { AppError } from '../core/errors/app-error.js';

/** For tests only: the base URL of a fake API on this machine. */
export const apiBaseEnvironmentVariable = 'NETWERK_LINKEDIN_API_BASE';

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * The API base URL from `NETWERK_LINKEDIN_API_BASE`, or undefined for LinkedIn itself. Only a
 * loopback address is taken: the variable exists for tests against a local fake, and must never
 * send a real token to another host.
 */
export function apiBaseFromEnvironment(env: NodeJS.ProcessEnv): string | undefined {
  const value = env[apiBaseEnvironmentVariable]?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    url = new URL('invalid://');
  }
  if (!/^https?:$/u.test(url.protocol) || !loopbackHosts.has(url.hostname)) {
    throw new AppError('usage', {
      message: `${apiBaseEnvironmentVariable} is for tests only and must be a loopback URL such as http://127.0.0.1:8080/rest/; unset it to use LinkedIn`,
    });
  }
  return url.toString();
}
