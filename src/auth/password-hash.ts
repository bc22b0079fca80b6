import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are stored as scrypt hashes (N=2^15, r=8, p=1, 16-byte salt, 32-byte key; OWASP's
 * recommended minimum is N=2^17 at 64 MB, this costs 32 MB and about 60 ms here): the format
 * `scrypt$N$r$p$salt$key` (base64url) records its parameters, so they can grow later.
 */
const cost = { N: 2 ** 15, r: 8, p: 1 } as const;
const keyLength = 32;

function derive(password: string, salt: Buffer, N: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      password.normalize('NFKC'),
      salt,
      keyLength,
      { N, r, p, maxmem: 256 * N * r },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost.N, cost.r, cost.p);
  return [
    'scrypt',
    cost.N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64url'),
    Number(n),
    Number(r),
    Number(p),
  );
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The rules a new password must meet, as a problem code or undefined. */
export function passwordProblem(password: string): 'too-short' | 'too-long' | undefined {
  if (password.length < passwordLengthLimits.min) return 'too-short';
  if (password.length > passwordLengthLimits.max) return 'too-long';
  return undefined;
}

let dummyHash: Promise<string> | undefined;

/**
 * A hash of a random password nobody knows, made once: a sign-in with an unknown user name is
 * checked against it, so it takes as long as one with a wrong password (no user-name probing by
 * timing).
 */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  return dummyHash;
}

/** The password rules, for messages: at least this many characters, at most that many. */
export const passwordLengthLimits = { min: 10, max: 1024 } as const;
