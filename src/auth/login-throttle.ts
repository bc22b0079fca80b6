/**
 * Login rate limiting for the shared server (ADR 0082): failed sign-ins are counted per user
 * name and per client address over a sliding window; at the limit, further attempts are refused
 * until the oldest failure leaves the window. Kept in memory: one server process, and a restart
 * forgets (documented). The number of keys is bounded, so a flood of made-up names cannot grow
 * it without limit (the per-address count still holds those back).
 */

import { accountNameKey } from './account-name.js';

export interface ThrottleRule {
  maxFailures: number;
  windowMs: number;
}

export interface LoginThrottleOptions {
  perUser: ThrottleRule;
  perAddress: ThrottleRule;
  /** Keys kept at most; the least recently failed go first. */
  maxKeys?: number;
}

/** 5 wrong passwords for one name, or 20 from one address (an office behind one NAT), per 15 minutes. */
export const defaultLoginThrottle: LoginThrottleOptions = {
  perUser: { maxFailures: 5, windowMs: 15 * 60 * 1000 },
  perAddress: { maxFailures: 20, windowMs: 15 * 60 * 1000 },
  maxKeys: 10_000,
};

/** Who is trying: the user name as typed, and the client's address. */
export interface LoginAttempt {
  username: string;
  address: string;
}

export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();
  private readonly maxKeys: number;

  constructor(private readonly options: LoginThrottleOptions = defaultLoginThrottle) {
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  private keys(attempt: LoginAttempt): [string, ThrottleRule][] {
    return [
      [`user\u0000${accountNameKey(attempt.username)}`, this.options.perUser],
      [`address\u0000${attempt.address}`, this.options.perAddress],
    ];
  }

  /** The failures of a key still inside its window (and forgets the rest). */
  private recent(key: string, rule: ThrottleRule, nowMs: number): number[] {
    const times = (this.failures.get(key) ?? []).filter((at) => at > nowMs - rule.windowMs);
    if (times.length === 0) this.failures.delete(key);
    else this.failures.set(key, times);
    return times;
  }

  /** Whole seconds until another attempt is heard, or 0 when it may go ahead now. */
  retryAfterSeconds(attempt: LoginAttempt, now: Date): number {
    let waitMs = 0;
    for (const [key, rule] of this.keys(attempt)) {
      const times = this.recent(key, rule, now.getTime());
      if (times.length < rule.maxFailures) continue;
      const oldest = times[times.length - rule.maxFailures] ?? now.getTime();
      waitMs = Math.max(waitMs, oldest + rule.windowMs - now.getTime());
    }
    return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
  }

  recordFailure(attempt: LoginAttempt, now: Date): void {
    for (const [key, rule] of this.keys(attempt)) {
      const times = this.recent(key, rule, now.getTime());
      // Only the last maxFailures matter for the wait; keep the map's order by last failure.
      this.failures.delete(key);
      this.failures.set(key, [...times, now.getTime()].slice(-rule.maxFailures));
    }
    while (this.failures.size > this.maxKeys) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  /** A right password clears the name's count; the address keeps its own. */
  recordSuccess(attempt: LoginAttempt): void {
    this.failures.delete(this.keys(attempt)[0]![0]);
  }

  /** How many keys are kept (for tests of the bound). */
  get size(): number {
    return this.failures.size;
  }
}
