import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PhotoFacts, PhotoVerdict } from './judge-photo.js';
import { judgePhoto, photoVerdictOf, photoVerdicts } from './judge-photo.js';

/** A good portrait's measures (the fixture portrait's, rounded). */
const portrait: PhotoFacts = {
  width: 512,
  height: 512,
  faces: 1,
  largestFaceShare: 0.082,
  brightness: 0.46,
  contrast: 0.29,
  sharpness: 17.7,
  faceBrightness: 0.52,
};
const safe = { drawing: 0.01, hentai: 0, neutral: 0.98, porn: 0.01, sexy: 0 };

describe('judgePhoto', () => {
  const cases: [string, Partial<PhotoFacts>, PhotoVerdict][] = [
    ['a sharp, well-lit portrait of one person', {}, 'good'],
    ['a 300 x 300 thumbnail', { width: 300, height: 300 }, 'low-resolution'],
    ['a photo 400 wide but 399 high', { width: 400, height: 399 }, 'low-resolution'],
    ['exactly 400 x 400', { width: 400, height: 400 }, 'good'],
    ['a dark face in a bright room', { brightness: 0.5, faceBrightness: 0.15 }, 'too-dark'],
    ['a lit face on a dark studio backdrop', { brightness: 0.12, faceBrightness: 0.45 }, 'good'],
    [
      'a dark photo without a face',
      { faces: 0, largestFaceShare: 0, faceBrightness: undefined, brightness: 0.1 },
      'too-dark',
    ],
    ['a blurred portrait', { sharpness: 1.2 }, 'blurred'],
    ['a coffee cup', { faces: 0, largestFaceShare: 0, faceBrightness: undefined }, 'no-face'],
    [
      'a blank, single-colour image (sharpness 0: nothing to be sharp about)',
      { faces: 0, largestFaceShare: 0, faceBrightness: undefined, contrast: 0, sharpness: 0 },
      'no-face',
    ],
    ['a drawn avatar (flat colour across the face)', { faceFlatShare: 0.72 }, 'drawing'],
    ['a photographed face (texture and noise)', { faceFlatShare: 0.07 }, 'good'],
    ['three people', { faces: 3 }, 'group'],
    ['a holiday snapshot', { largestFaceShare: 0.004 }, 'face-too-small'],
    ['a face just at 3 % of the photo', { largestFaceShare: 0.03 }, 'good'],
    ['a risqué photo', { nsfw: { ...safe, neutral: 0.2, sexy: 0.8 } }, 'nsfw'],
    ['a portrait the NSFW model finds neutral', { nsfw: safe }, 'good'],
  ];
  for (const [what, facts, verdict] of cases) {
    it(`calls ${what} ${verdict}`, () => {
      assert.equal(photoVerdictOf({ ...portrait, ...facts }), verdict);
    });
  }

  /** One problem per verdict, to combine. */
  const problems: Record<Exclude<PhotoVerdict, 'good'>, Partial<PhotoFacts>> = {
    'low-resolution': { width: 300, height: 300 },
    'too-dark': { brightness: 0.1, faceBrightness: 0.1 },
    blurred: { sharpness: 1 },
    'no-face': { faces: 0, largestFaceShare: 0 },
    drawing: { faceFlatShare: 0.8 },
    group: { faces: 3 },
    'face-too-small': { largestFaceShare: 0.01 },
    nsfw: { nsfw: { ...safe, neutral: 0, porn: 1 } },
  };
  const ordered = photoVerdicts.filter((v): v is Exclude<PhotoVerdict, 'good'> => v !== 'good');
  for (const [i, first] of ordered.entries()) {
    for (const later of ordered.slice(i + 1)) {
      if (first === 'no-face' && later === 'group') continue; // one face count cannot be both
      it(`says ${first} before ${later} when a photo has both problems`, () => {
        assert.equal(
          photoVerdictOf({ ...portrait, ...problems[later], ...problems[first] }),
          first,
        );
      });
    }
  }

  it('gives advice for every verdict in Dutch and in English', () => {
    const byVerdict: Record<PhotoVerdict, Partial<PhotoFacts>> = {
      'low-resolution': { width: 300, height: 200 },
      'too-dark': { faceBrightness: 0.1 },
      blurred: { sharpness: 1 },
      'no-face': { faces: 0, largestFaceShare: 0, faceBrightness: undefined },
      drawing: { faceFlatShare: 0.8 },
      group: { faces: 3 },
      'face-too-small': { largestFaceShare: 0.012 },
      nsfw: { nsfw: { ...safe, neutral: 0, sexy: 1 } },
      good: {},
    };
    for (const [verdict, facts] of Object.entries(byVerdict)) {
      const nl = judgePhoto({ ...portrait, ...facts }, 'nl');
      const en = judgePhoto({ ...portrait, ...facts }, 'en');
      assert.equal(nl.verdict, verdict);
      assert.ok(nl.advice.length > 20 && en.advice.length > 20);
      assert.notEqual(nl.advice, en.advice);
    }
    assert.match(
      judgePhoto({ ...portrait, width: 300, height: 200 }, 'nl').advice,
      /300 x 200 pixels.*minstens 400 x 400/,
    );
    assert.match(judgePhoto({ ...portrait, faces: 3 }, 'en').advice, /3 faces: which one is you\?/);
    assert.match(
      judgePhoto({ ...portrait, largestFaceShare: 0.012 }, 'nl').advice,
      /maar 1.2% van de foto.*vakantiekiekje/,
    );
  });
});
