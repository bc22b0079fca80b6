import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

/**
 * The fixture photos (test/fixtures/photos, public domain and CC0) and the variants the photo
 * tests and the benchmark build from them with sharp: real decoded pixels, never mocks.
 */
export const photoFixture = (name: 'astronaut.jpg' | 'chelsea.png' | 'coffee.png'): string =>
  fileURLToPath(new URL(`../fixtures/photos/${name}`, import.meta.url));

export const portraitPath = photoFixture('astronaut.jpg');
export const catPath = photoFixture('chelsea.png');
export const coffeePath = photoFixture('coffee.png');

export function readFixture(name: 'astronaut.jpg' | 'chelsea.png' | 'coffee.png'): Buffer {
  return readFileSync(photoFixture(name));
}

/** `count` copies of the portrait side by side: a group photo ("which one is you?"). */
export async function groupPhoto(count: number): Promise<Buffer> {
  const portrait = await sharp(portraitPath).toBuffer();
  return sharp({ create: { width: 512 * count, height: 512, channels: 3, background: '#ffffff' } })
    .composite(
      Array.from({ length: count }, (_, i) => ({ input: portrait, left: i * 512, top: 0 })),
    )
    .jpeg({ quality: 90 })
    .toBuffer();
}

/**
 * The portrait scaled to `portraitSidePx` on a plain background of `width` x `height`: a
 * holiday snapshot or full-body shot where the face is a small part of the picture.
 */
export async function smallFacePhoto(
  portraitSidePx: number,
  width = 1600,
  height = 1200,
): Promise<Buffer> {
  const portrait = await sharp(portraitPath).resize(portraitSidePx, portraitSidePx).toBuffer();
  return sharp({ create: { width, height, channels: 3, background: '#7a8fa6' } })
    .composite([
      {
        input: portrait,
        left: Math.round((width - portraitSidePx) / 2),
        top: Math.round((height - portraitSidePx) / 3),
      },
    ])
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** The portrait with its light multiplied by `factor` (0.3 is a badly underexposed shot). */
export function darkPhoto(factor: number): Promise<Buffer> {
  return sharp(portraitPath).linear(factor, 0).jpeg({ quality: 90 }).toBuffer();
}

/** The portrait with a Gaussian blur of `sigma` pixels (out of focus or shaken). */
export function blurredPhoto(sigma: number): Promise<Buffer> {
  return sharp(portraitPath).blur(sigma).jpeg({ quality: 90 }).toBuffer();
}

/** The portrait scaled down to `sidePx` square, e.g. a thumbnail saved from a website. */
export function smallPhoto(sidePx: number): Promise<Buffer> {
  return sharp(portraitPath).resize(sidePx, sidePx).jpeg({ quality: 90 }).toBuffer();
}

/** A thumbnail blown up again: large enough in pixels, but soft. */
export async function blownUpPhoto(fromSidePx: number, toSidePx: number): Promise<Buffer> {
  const thumbnail = await sharp(portraitPath).resize(fromSidePx, fromSidePx).toBuffer();
  return sharp(thumbnail).resize(toSidePx, toSidePx).jpeg({ quality: 90 }).toBuffer();
}

/** The portrait scaled up (still sharp) so it passes LinkedIn's 400 px minimum, as PNG. */
export function portraitAsPng(sidePx = 512): Promise<Buffer> {
  return sharp(portraitPath).resize(sidePx, sidePx).png().toBuffer();
}
