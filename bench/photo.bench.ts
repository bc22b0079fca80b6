/**
 * npm run bench:photo [-- --nsfw] — the photo audit's speed: how long the face models take to
 * load, then milliseconds per photo (median and worst of `rounds` runs) for the fixture photos
 * and the variants the tests build, from a 300 px thumbnail to a 4000 x 3000 JPEG. With --nsfw
 * it also loads the NSFW model and times the photos again with the check. Target: under
 * 1,000 ms per photo after loading, on the project's 2-core machine (docs/performance.md).
 */
import { cpus } from 'node:os';
import sharp from 'sharp';
import { judgePhoto } from '../src/core/profile/judge-photo.js';
import { analyzePhoto, preloadPhotoModels } from '../src/vision/analyze-photo.js';
import {
  blurredPhoto,
  darkPhoto,
  groupPhoto,
  portraitPath,
  readFixture,
  smallFacePhoto,
  smallPhoto,
} from '../test/support/photo-variants.js';

const withNsfw = process.argv.includes('--nsfw');
const rounds = 5;

async function largeJpeg(): Promise<Buffer> {
  const portrait = await sharp(portraitPath).resize(1500, 1500).toBuffer();
  return sharp(readFixture('coffee.png'))
    .resize(4000, 3000)
    .composite([{ input: portrait, left: 1200, top: 600 }])
    .jpeg({ quality: 90 })
    .toBuffer();
}

const photos: [string, Buffer][] = [
  ['portrait 512x512 (jpeg)', readFixture('astronaut.jpg')],
  ['cat 451x300 (png)', readFixture('chelsea.png')],
  ['coffee 600x400 (png)', readFixture('coffee.png')],
  ['group of 3, 1536x512', await groupPhoto(3)],
  ['small face, 1600x1200', await smallFacePhoto(320)],
  ['tiny face (tiled), 1600x1200', await smallFacePhoto(160)],
  ['dark portrait', await darkPhoto(0.3)],
  ['blurred portrait', await blurredPhoto(3)],
  ['thumbnail 300x300', await smallPhoto(300)],
  ['camera photo 4000x3000 (jpeg)', await largeJpeg()],
];

const ms = (from: bigint): number => Number(process.hrtime.bigint() - from) / 1e6;

async function timePhotos(nsfw: boolean): Promise<void> {
  console.log(`\nper photo${nsfw ? ' with --nsfw' : ''} (ms over ${rounds} runs: median / worst)`);
  for (const [name, bytes] of photos) {
    const times: number[] = [];
    let verdict = '';
    for (let round = 0; round < rounds; round += 1) {
      const started = process.hrtime.bigint();
      const analysis = await analyzePhoto(bytes, { nsfw });
      times.push(ms(started));
      verdict = judgePhoto(analysis, 'en').verdict;
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)]!;
    const worst = times[times.length - 1]!;
    console.log(
      `  ${name.padEnd(32)} ${median.toFixed(0).padStart(5)} / ${worst.toFixed(0).padStart(5)}  ${verdict}`,
    );
  }
}

console.log(`node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} cores`);
let started = process.hrtime.bigint();
await preloadPhotoModels();
console.log(`face models load: ${ms(started).toFixed(0)} ms`);
started = process.hrtime.bigint();
await analyzePhoto(portraitPath);
console.log(`first photo after load (warm-up): ${ms(started).toFixed(0)} ms`);
await timePhotos(false);
if (withNsfw) {
  started = process.hrtime.bigint();
  await preloadPhotoModels({ nsfw: true });
  console.log(`\nNSFW model load: ${ms(started).toFixed(0)} ms`);
  await timePhotos(true);
}
console.log(`\npeak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
