import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DroppedLine } from './runaway-quote-guard.js';
import { RunawayQuoteGuard } from './runaway-quote-guard.js';

function guard(
  text: string,
  chunk: number,
  maxChars = 1024,
): { out: string; dropped: DroppedLine[] } {
  const dropped: DroppedLine[] = [];
  const guarded = new RunawayQuoteGuard(',', maxChars, (line) => dropped.push(line));
  let out = '';
  for (let start = 0; start < text.length; start += chunk) {
    out += guarded.push(text.slice(start, start + chunk));
  }
  return { out: out + guarded.flush(), dropped };
}

describe('the guard against quotes that never close', () => {
  it('passes well-formed CSV on unchanged, however it is cut', () => {
    const text =
      'a,b,c\n"x, y","multi\nline ""quoted""",\nplain "inch" mark,"",z\n"last","no line break"';
    for (const chunk of [1, 2, 3, 7, 64]) {
      assert.deepEqual(guard(text, chunk), { out: text, dropped: [] });
    }
  });

  it('drops the line of a quote that never closes, at the end or past its limit', () => {
    assert.deepEqual(guard('a,b\n1,"open\n2,3\n', 3), {
      out: 'a,b\n2,3\n',
      dropped: [{ afterRecords: 1, fault: 'quote-never-closed' }],
    });
    const long = `a,b\n1,"open\n${'2,3\n'.repeat(400)}`;
    const { out, dropped } = guard(long, 100, 1024);
    assert.equal(out, `a,b\n${'2,3\n'.repeat(400)}`);
    assert.equal(dropped.length, 1);
  });

  it('stays linear on text made of nothing but runaway quotes', () => {
    // Every line opens a quote that the next one closes and reopens: each dropped line leaves
    // another runaway, and rescanning after every one of them would take quadratic time.
    const text = 'a","\n'.repeat(200_000);
    const started = performance.now();
    const { out, dropped } = guard(text, 64 * 1024, 4 * 1024 * 1024);
    assert.ok(performance.now() - started < 10_000, 'finishes in seconds');
    assert.equal(out, '');
    assert.equal(dropped.at(-1)?.fault, 'quote-never-closed-rest-unread');
  });
});
