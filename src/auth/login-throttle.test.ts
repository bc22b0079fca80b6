import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LoginThrottle } from './login-throttle.js';

const minute = 60 * 1000;
const at = (ms: number) => new Date(Date.UTC(2026, 10, 26, 12) + ms);

describe('LoginThrottle', () => {
  it('waits until the oldest of the last failures leaves the window', () => {
    const throttle = new LoginThrottle({
      perUser: { maxFailures: 3, windowMs: 10 * minute },
      perAddress: { maxFailures: 100, windowMs: 10 * minute },
    });
    const attempt = { username: 'Ann', address: '10.0.0.1' };
    for (const ms of [0, minute, 2 * minute]) throttle.recordFailure(attempt, at(ms));
    assert.equal(throttle.retryAfterSeconds(attempt, at(3 * minute)), 7 * 60);
    assert.equal(
      throttle.retryAfterSeconds({ ...attempt, username: 'ＡＮＮ ' }, at(3 * minute)),
      420,
    );
    assert.equal(throttle.retryAfterSeconds(attempt, at(10 * minute)), 0);
    throttle.recordFailure(attempt, at(10 * minute));
    assert.equal(throttle.retryAfterSeconds(attempt, at(10 * minute)), 60);
  });

  it('clears a name on success but keeps counting its address', () => {
    const throttle = new LoginThrottle({
      perUser: { maxFailures: 2, windowMs: minute },
      perAddress: { maxFailures: 3, windowMs: minute },
    });
    const attempt = { username: 'bob', address: '10.0.0.2' };
    throttle.recordFailure(attempt, at(0));
    throttle.recordFailure(attempt, at(1));
    throttle.recordSuccess(attempt);
    assert.equal(throttle.retryAfterSeconds(attempt, at(2)), 0);
    throttle.recordFailure({ username: 'carl', address: '10.0.0.2' }, at(3));
    assert.ok(throttle.retryAfterSeconds({ username: 'dave', address: '10.0.0.2' }, at(4)) > 0);
  });

  it('keeps a bounded number of keys under a flood of made-up names', () => {
    const throttle = new LoginThrottle({
      perUser: { maxFailures: 5, windowMs: minute },
      perAddress: { maxFailures: 5, windowMs: minute },
      maxKeys: 100,
    });
    for (let n = 0; n < 1000; n += 1) {
      throttle.recordFailure({ username: `made-up-${n}`, address: `10.0.${n % 250}.1` }, at(n));
    }
    assert.ok(throttle.size <= 100);
  });
});
