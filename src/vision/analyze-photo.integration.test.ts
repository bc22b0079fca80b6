import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import sharp from 'sharp';
import { judgePhoto, photoThresholds } from '../core/profile/judge-photo.js';
import {
  blownUpPhoto,
  blurredPhoto,
  catPath,
  coffeePath,
  darkPhoto,
  groupPhoto,
  portraitAsPng,
  portraitPath,
  readFixture,
  smallFacePhoto,
  smallPhoto,
} from '../../test/support/photo-variants.js';
import type { PhotoAnalysis } from './analyze-photo.js';
import { analyzePhoto, preloadPhotoModels } from './analyze-photo.js';

/** Every URL the models asked the network for: there must be none. */
const networkRequests: string[] = [];

before(async () => {
  // Any fetch that is not a local file lands here and fails the load.
  globalThis.fetch = (async (input: string | URL | Request) => {
    networkRequests.push(String(input instanceof Request ? input.url : input));
    throw new Error('no network in tests');
  }) as typeof fetch;
  await preloadPhotoModels(); // once for the whole file: it is the slow part
});

const verdictOf = (analysis: PhotoAnalysis): string => judgePhoto(analysis, 'en').verdict;

describe('analyzePhoto on real images', () => {
  it('loads the face models from the package folder without touching the network', () => {
    assert.deepEqual(networkRequests, []);
  });

  it('finds one face in the portrait, about 8 % of the image, and judges it good', async () => {
    const photo = await analyzePhoto(portraitPath);
    assert.equal(photo.format, 'jpeg');
    assert.deepEqual([photo.width, photo.height], [512, 512]);
    assert.equal(photo.faces, 1);
    assert.ok(
      photo.largestFaceShare > 0.06 && photo.largestFaceShare < 0.12,
      `${photo.largestFaceShare}`,
    );
    assert.equal(photo.measuredOn, 'face');
    assert.equal(verdictOf(photo), 'good');
  });

  it('puts the face box on the face, in photo pixels', async () => {
    const photo = await analyzePhoto(portraitPath);
    const box = photo.faceBoxes[0]!;
    // Eileen Collins' face sits in the upper middle of the 512 x 512 portrait.
    assert.ok(box.x > 100 && box.x + box.width < 350, JSON.stringify(box));
    assert.ok(box.y > 10 && box.y + box.height < 250, JSON.stringify(box));
    assert.ok(box.score >= 0.5 && box.score <= 1);
  });

  it("gives boxes in the photo's own pixels when it was scaled down to be analysed", async () => {
    // The portrait at 1500 px, at (1200, 600) on a 4000 x 3000 photo: 3.1 times the working size.
    const portrait = await sharp(portraitPath).resize(1500, 1500).toBuffer();
    const large = await sharp({
      create: { width: 4000, height: 3000, channels: 3, background: '#556677' },
    })
      .composite([{ input: portrait, left: 1200, top: 600 }])
      .jpeg({ quality: 90 })
      .toBuffer();
    const photo = await analyzePhoto(large);
    assert.deepEqual([photo.width, photo.height], [4000, 3000]);
    assert.equal(photo.faces, 1);
    const box = photo.faceBoxes[0]!;
    const scale = 1500 / 512;
    const expected = { x: 1200 + 151 * scale, y: 600 + 48 * scale, side: 147 * scale };
    assert.ok(Math.abs(box.x - expected.x) < 60, `x ${box.x} vs ${expected.x}`);
    assert.ok(Math.abs(box.y - expected.y) < 60, `y ${box.y} vs ${expected.y}`);
    assert.ok(Math.abs(box.width - expected.side) < 80, `width ${box.width} vs ${expected.side}`);
  });

  it('reads the same portrait alike from a path, from its bytes and as PNG', async () => {
    const fromPath = await analyzePhoto(portraitPath);
    const fromBytes = await analyzePhoto(readFixture('astronaut.jpg'));
    const asPng = await analyzePhoto(await portraitAsPng());
    assert.deepEqual(fromBytes.faceBoxes, fromPath.faceBoxes);
    assert.equal(asPng.format, 'png');
    assert.equal(asPng.faces, 1);
  });

  it('finds the face in a portrait stored on its side with an EXIF orientation', async () => {
    const sideways = await sharp(portraitPath)
      .rotate(-90)
      .withMetadata({ orientation: 6 })
      .jpeg({ quality: 90 })
      .toBuffer();
    const photo = await analyzePhoto(sideways);
    assert.equal(photo.faces, 1);
    assert.equal(verdictOf(photo), 'good');
  });

  it('finds no face on the cat: the face mesh rejects it', async () => {
    const cat = await analyzePhoto(catPath);
    assert.equal(cat.faces, 0);
    assert.equal(cat.largestFaceShare, 0);
    // The cat is 451 x 300: below LinkedIn's minimum, which is checked first.
    assert.equal(verdictOf(cat), 'low-resolution');
    const largerCat = await analyzePhoto(await sharp(catPath).resize(902, 600).png().toBuffer());
    assert.equal(largerCat.faces, 0);
    assert.equal(verdictOf(largerCat), 'no-face');
  });

  it('finds no face in the coffee photo', async () => {
    const coffee = await analyzePhoto(coffeePath);
    assert.equal(coffee.faces, 0);
    assert.equal(coffee.measuredOn, 'image');
    assert.equal(verdictOf(coffee), 'no-face');
  });

  it('counts every face in a group photo of three and asks which one is you', async () => {
    const group = await analyzePhoto(await groupPhoto(3));
    assert.equal(group.faces, 3);
    assert.equal(verdictOf(group), 'group');
    assert.match(judgePhoto(group, 'nl').advice, /3 gezichten.*wie van hen ben jij/);
  });

  it('counts two faces in a group photo of two', async () => {
    const group = await analyzePhoto(await groupPhoto(2));
    assert.equal(group.faces, 2);
    assert.equal(verdictOf(group), 'group');
  });

  it('judges a portrait small on a large background face-too-small', async () => {
    const photo = await analyzePhoto(await smallFacePhoto(320));
    assert.equal(photo.faces, 1);
    assert.ok(photo.largestFaceShare < photoThresholds.minFaceShare, `${photo.largestFaceShare}`);
    assert.equal(verdictOf(photo), 'face-too-small');
  });

  it('finds a face too small for the whole-image pass by looking tile by tile', async () => {
    // A 160 px portrait on 1600 x 1200: its face is about 46 px, 3 % of the long side.
    const photo = await analyzePhoto(await smallFacePhoto(160));
    assert.equal(photo.faces, 1);
    assert.ok(photo.largestFaceShare < 0.003, `${photo.largestFaceShare}`);
    assert.equal(verdictOf(photo), 'face-too-small');
  });

  it('judges the portrait at 30 % light too dark, but not at 60 %', async () => {
    const dark = await analyzePhoto(await darkPhoto(0.3));
    assert.equal(dark.faces, 1);
    assert.ok((dark.faceBrightness ?? 1) < photoThresholds.minBrightness);
    assert.equal(verdictOf(dark), 'too-dark');
    const dim = await analyzePhoto(await darkPhoto(0.6));
    assert.equal(verdictOf(dim), 'good');
  });

  it('judges a 1.5 px and a 3 px blur blurred, but not a 1 px softening', async () => {
    for (const sigma of [1.5, 3]) {
      const photo = await analyzePhoto(await blurredPhoto(sigma));
      assert.ok(
        photo.sharpness < photoThresholds.minSharpness,
        `sigma ${sigma}: ${photo.sharpness}`,
      );
      assert.equal(verdictOf(photo), 'blurred', `sigma ${sigma}`);
    }
    const soft = await analyzePhoto(await blurredPhoto(1));
    assert.equal(verdictOf(soft), 'good');
  });

  it('judges a thumbnail blown up to 800 px blurred, though it is large enough', async () => {
    const photo = await analyzePhoto(await blownUpPhoto(200, 800));
    assert.deepEqual([photo.width, photo.height], [800, 800]);
    assert.equal(verdictOf(photo), 'blurred');
  });

  it('judges a 300 x 300 photo low-resolution, naming its size', async () => {
    const photo = await analyzePhoto(await smallPhoto(300));
    assert.equal(photo.faces, 1);
    const judged = judgePhoto(photo, 'en');
    assert.equal(judged.verdict, 'low-resolution');
    assert.match(judged.advice, /300 x 300 pixels.*at least 400 x 400/);
  });

  it('measures brightness and contrast between 0 and 1, the face lighter than the whole', async () => {
    const photo = await analyzePhoto(portraitPath);
    for (const value of [photo.brightness, photo.contrast, photo.faceBrightness ?? -1]) {
      assert.ok(value > 0 && value < 1, `${value}`);
    }
    // The portrait's face is lighter than its dark lower half (the helmet and the suit's shadows).
    assert.ok((photo.faceBrightness ?? 0) > photo.brightness);
  });

  it('judges a drawn avatar a drawing, though a face is found in it, and keeps photos apart', async () => {
    // A flat-coloured cartoon head with eyes, nose and mouth, as avatar makers draw them.
    const avatar = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800">
      <rect width="800" height="800" fill="#9cf"/>
      <rect x="200" y="600" width="400" height="200" rx="80" fill="#36a"/>
      <ellipse cx="400" cy="380" rx="170" ry="210" fill="#f1c27d" stroke="#333" stroke-width="6"/>
      <path d="M230 300 Q400 100 570 300 L570 240 Q400 90 230 240Z" fill="#5a3"/>
      <ellipse cx="335" cy="360" rx="22" ry="14" fill="#fff" stroke="#000" stroke-width="4"/>
      <circle cx="335" cy="360" r="9"/>
      <ellipse cx="465" cy="360" rx="22" ry="14" fill="#fff" stroke="#000" stroke-width="4"/>
      <circle cx="465" cy="360" r="9"/>
      <path d="M290 320 L370 315 M430 315 L510 320" stroke="#333" stroke-width="8"/>
      <path d="M400 380 L385 450 L415 450" stroke="#a66" stroke-width="5" fill="none"/>
      <path d="M345 510 Q400 545 455 510" stroke="#a33" stroke-width="9" fill="none"/>
    </svg>`;
    const drawn = await sharp(Buffer.from(avatar)).jpeg({ quality: 80 }).toBuffer();
    const analysis = await analyzePhoto(drawn);
    assert.equal(analysis.faces, 1, 'the detector takes the drawn head for a face');
    assert.ok((analysis.faceFlatShare ?? 0) > photoThresholds.maxFaceFlatShare);
    assert.equal(verdictOf(analysis), 'drawing');

    for (const photo of [portraitPath, await groupPhoto(2), await smallFacePhoto(400)]) {
      const measured = await analyzePhoto(photo);
      assert.ok((measured.faceFlatShare ?? 0) < 0.1, String(measured.faceFlatShare));
    }
  });
});
