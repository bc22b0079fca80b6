import { AppError } from '../core/errors/app-error.js';

/**
 * The HTTP client of LinkedIn's Member Data Portability API (../shared/formats/linkedin-dma-api.md
 * §1.6, §4.3): the documented headers, the documented errors as AppErrors, and back-off on 429
 * and server errors. Sleeping is injected, so tests never wait. The token goes only into the
 * Authorization header of requests to the base URL; it never appears in an error.
 */

export const linkedInApiBase = 'https://api.linkedin.com/rest/';
/** The only version self-serve tokens are reported to accept (§1.6). */
export const linkedInApiVersion = '202312';

export interface RetryPolicy {
  /** Tries in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** A longer `Retry-After` is not waited for: the error says when to try again. */
  maxRetryAfterMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 5,
  baseDelayMs: 2_000,
  maxDelayMs: 60_000,
  maxRetryAfterMs: 120_000,
};

export interface LinkedInApiOptions {
  token: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  clock?: () => Date;
  retry?: Partial<RetryPolicy>;
  /** Per request; a stalled request is retried like a server error. */
  timeoutMs?: number;
}

export interface ApiResponse {
  status: number;
  body: unknown;
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Replaces every occurrence of the token in a text: LinkedIn's messages are shown to people. */
export function redactToken(text: string, token: string): string {
  if (token.length < 4) return text;
  return text
    .split(token)
    .join('***')
    .replace(/Bearer\s+\S+/giu, 'Bearer ***');
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds from now. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/u.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** JSON, tolerating the trailing commas of LinkedIn's published samples. */
function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return JSON.parse(text.replace(/,(\s*[}\]])/gu, '$1')) as unknown;
  }
}

export class LinkedInApi {
  private readonly token: string;
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly clock: () => Date;
  private readonly retry: RetryPolicy;
  private readonly timeoutMs: number;

  constructor(options: LinkedInApiOptions) {
    this.token = options.token;
    const base = options.baseUrl ?? linkedInApiBase;
    this.baseUrl = base.endsWith('/') ? base : `${base}/`;
    this.fetchImpl = options.fetch ?? fetch;
    this.sleep = options.sleep ?? sleepFor;
    this.clock = options.clock ?? (() => new Date());
    this.retry = { ...defaultRetryPolicy, ...options.retry };
    this.timeoutMs = options.timeoutMs ?? 60_000;
  }

  /**
   * GETs `path` with the query. Statuses in `pass` come back as responses (the snapshot's 404
   * end, a domain's 400); 429 and 5xx are retried; any other failure throws its AppError.
   */
  async get(
    path: string,
    query: Readonly<Record<string, string | number | undefined>>,
    pass: readonly number[] = [],
  ): Promise<ApiResponse> {
    const url = new URL(path, this.baseUrl);
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    for (let attempt = 1; ; attempt += 1) {
      let response: Response;
      try {
        response = await this.fetchImpl(url, {
          method: 'GET',
          headers: {
            Authorization: `Bearer ${this.token}`,
            'LinkedIn-Version': linkedInApiVersion,
            Accept: 'application/json',
          },
          redirect: 'error',
          signal: AbortSignal.timeout(this.timeoutMs),
        });
      } catch (error) {
        const reason = this.describeNetworkError(error);
        if (attempt < this.retry.attempts) {
          await this.sleep(this.backoffMs(attempt));
          continue;
        }
        throw new AppError('linkedin-unavailable', { reason });
      }
      const text = await response.text().catch(() => '');
      if (response.ok || pass.includes(response.status)) {
        try {
          return { status: response.status, body: parseJson(text) };
        } catch {
          if (!response.ok) return { status: response.status, body: undefined };
          throw new AppError('linkedin-request-failed', {
            reason: `${path}: the answer is not JSON`,
            requestId: this.requestId(response),
          });
        }
      }
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable) {
        const wait = retryAfterMs(response.headers.get('retry-after'), this.clock());
        const tooLong = wait !== undefined && wait > this.retry.maxRetryAfterMs;
        if (attempt < this.retry.attempts && !tooLong) {
          await this.sleep(wait ?? this.backoffMs(attempt));
          continue;
        }
        if (response.status === 429) {
          throw new AppError('linkedin-rate-limited', {
            status: 429,
            ...(wait !== undefined ? { retryAfterSeconds: Math.ceil(wait / 1000) } : {}),
          });
        }
      }
      throw this.errorFor(response, text, path);
    }
  }

  /** Exponential: base, 2×base, 4×base… capped, with no jitter (one client, one member). */
  private backoffMs(attempt: number): number {
    return Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
  }

  private requestId(response: Response): string | undefined {
    const id = response.headers.get('x-li-request-id') ?? response.headers.get('x-restli-id');
    return id ? redactToken(id, this.token).slice(0, 80) : undefined;
  }

  private linkedInMessage(text: string): string | undefined {
    let message: unknown;
    try {
      message = (parseJson(text) as { message?: unknown } | undefined)?.message;
    } catch {
      return undefined;
    }
    if (typeof message !== 'string' || message.trim() === '') return undefined;
    return redactToken(message, this.token).replace(/\s+/gu, ' ').slice(0, 200);
  }

  private describeNetworkError(error: unknown): string {
    if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
      return `no answer within ${Math.round(this.timeoutMs / 1000)} s`;
    }
    const cause =
      error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
    const code = typeof cause?.code === 'string' ? cause.code : undefined;
    const message = error instanceof Error ? error.message : String(error);
    return redactToken(code ?? message, this.token).slice(0, 120);
  }

  private errorFor(response: Response, text: string, path: string): AppError {
    const linkedinMessage = this.linkedInMessage(text);
    const details = {
      ...(linkedinMessage ? { linkedinMessage } : {}),
      requestId: this.requestId(response),
      status: response.status,
    };
    switch (response.status) {
      case 401:
        return new AppError('linkedin-token-rejected', details);
      case 403:
        return new AppError('linkedin-access-denied', details);
      case 426:
        return new AppError('linkedin-version-refused', {
          ...details,
          version: linkedInApiVersion,
        });
      default:
        if (response.status >= 500) {
          return new AppError('linkedin-unavailable', {
            reason: `HTTP ${response.status}`,
            status: response.status,
          });
        }
        return new AppError('linkedin-request-failed', {
          ...details,
          reason: `HTTP ${response.status} for ${path}`,
        });
    }
  }
}
