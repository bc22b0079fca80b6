import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { judgePhoto, nsfwProbability, photoThresholds } from '../core/profile/judge-photo.js';
import { catPath, coffeePath, portraitPath } from '../../test/support/photo-variants.js';
import { analyzePhoto, preloadPhotoModels } from './analyze-photo.js';

// The NSFW model takes 5-7 s to load: once for this file, apart from the face tests.
before(() => preloadPhotoModels({ nsfw: true }));

describe('the NSFW check (--nsfw)', () => {
  it('scores the portrait, the cat and the coffee as safe, each with five class probabilities', async () => {
    for (const path of [portraitPath, catPath, coffeePath]) {
      const photo = await analyzePhoto(path, { nsfw: true });
      const scores = photo.nsfw;
      assert.ok(scores, path);
      const total = Object.values(scores).reduce((sum, p) => sum + p, 0);
      assert.ok(Math.abs(total - 1) < 0.01, `${path}: probabilities add up to ${total}`);
      assert.ok(nsfwProbability(scores) < photoThresholds.maxNsfwProbability, path);
      assert.ok(scores.neutral > 0.8, `${path}: neutral ${scores.neutral}`);
    }
  });

  it('keeps the portrait good when the check runs', async () => {
    const photo = await analyzePhoto(portraitPath, { nsfw: true });
    assert.equal(judgePhoto(photo, 'en').verdict, 'good');
  });

  it('leaves the scores out when the check was not asked for', async () => {
    const photo = await analyzePhoto(portraitPath);
    assert.equal(photo.nsfw, undefined);
    assert.equal(photo.timingsMs.nsfw, undefined);
  });
});
