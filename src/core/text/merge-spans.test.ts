import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mergeSpans } from './merge-spans.js';

describe('mergeSpans', () => {
  it('joins overlapping spans in text order and keeps separate ones apart', () => {
    const spans = [
      { start: 20, end: 25 },
      { start: 0, end: 8 },
      { start: 5, end: 12 },
      { start: 11, end: 14 },
    ];
    assert.deepEqual(mergeSpans(spans), [
      { start: 0, end: 14 },
      { start: 20, end: 25 },
    ]);
  });

  it('joins spans that only touch when asked to', () => {
    const touching = [
      { start: 0, end: 4 },
      { start: 4, end: 9 },
    ];
    assert.equal(mergeSpans(touching).length, 2);
    assert.deepEqual(mergeSpans(touching, { joinTouching: true }), [{ start: 0, end: 9 }]);
  });
});
