import sharp from 'sharp';
import type { RgbImage } from './face-detector.js';

/** A rectangle in the pixel coordinates of the image it belongs to. */
export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Light and focus, measured on a grey copy (docs/formats.md, "Audit", for the units). */
export interface LightAndFocus {
  /** Mean luma (Rec. 601), 0 black to 1 white. */
  brightness: number;
  /** Standard deviation of luma, 0 (one flat tone) to 0.5. */
  contrast: number;
  /**
   * Focus: the variance of the 4-neighbour Laplacian as a percentage of the variance of the
   * grey values themselves, at no more than `sharpnessSidePx`. Dividing by the tonal variance
   * makes it independent of exposure and contrast (a dim or flat photo is not a blurred one).
   * The sharp fixture portrait measures about 18, a slightly soft one about 3, blurred ones below 1.5.
   */
  sharpness: number;
  /**
   * The share of pixels whose right and lower neighbours have exactly the same grey value
   * (clipped black and white not counted): drawn and flat-coloured images are mostly flat,
   * a photographed face has texture and sensor noise. On the fixtures a photographed face
   * measures 0.00-0.07, a drawn avatar 0.62-0.83 (docs/decisions/0031-photo-thresholds.md).
   */
  flatShare: number;
}

/**
 * Sharpness is measured at about the size LinkedIn shows a face, so a photo's own resolution
 * does not change the number: a sharp face stays sharp when scaled down, while a blurred or
 * upscaled one stays soft.
 */
export const sharpnessSidePx = 256;

/** Light and focus of a region (the face, or the whole image when there is no face). */
export async function measureLightAndFocus(
  image: RgbImage,
  region?: PixelBox,
): Promise<LightAndFocus> {
  const area = region
    ? clampBox(region, image)
    : { x: 0, y: 0, width: image.width, height: image.height };
  const { data, info } = await sharp(image.data, {
    raw: { width: image.width, height: image.height, channels: 3 },
  })
    .extract({ left: area.x, top: area.y, width: area.width, height: area.height })
    .resize(sharpnessSidePx, sharpnessSidePx, { fit: 'inside', withoutEnlargement: true })
    .greyscale()
    .raw()
    .toBuffer({ resolveWithObject: true });
  const grey = new Uint8Array(data.buffer, data.byteOffset, data.length);
  const { mean, deviation } = meanAndDeviation(grey, info.channels);
  const tonalVariance = deviation * deviation;
  return {
    brightness: mean / 255,
    contrast: deviation / 255,
    // Below a standard deviation of 2 grey levels there is nothing to be sharp about.
    sharpness:
      tonalVariance < 4
        ? 0
        : (100 * laplacianVariance(grey, info.width, info.height, info.channels)) / tonalVariance,
    flatShare: flatShare(grey, info.width, info.height, info.channels),
  };
}

/** Share of pixels equal to their right and lower neighbours, leaving out clipped black and white. */
function flatShare(grey: Uint8Array, width: number, height: number, channels: number): number {
  if (width < 2 || height < 2) return 0;
  const at = (x: number, y: number): number => grey[(y * width + x) * channels]!;
  let flat = 0;
  let count = 0;
  for (let y = 0; y < height - 1; y += 1) {
    for (let x = 0; x < width - 1; x += 1) {
      const value = at(x, y);
      count += 1;
      if (value > 0 && value < 255 && value === at(x + 1, y) && value === at(x, y + 1)) flat += 1;
    }
  }
  return flat / count;
}

function meanAndDeviation(grey: Uint8Array, channels: number): { mean: number; deviation: number } {
  let sum = 0;
  let squares = 0;
  const count = grey.length / channels;
  for (let i = 0; i < grey.length; i += channels) {
    const value = grey[i]!;
    sum += value;
    squares += value * value;
  }
  const mean = sum / count;
  return { mean, deviation: Math.sqrt(Math.max(0, squares / count - mean * mean)) };
}

/** Variance of the 4-neighbour Laplacian over the inner pixels: the classic focus measure. */
function laplacianVariance(
  grey: Uint8Array,
  width: number,
  height: number,
  channels: number,
): number {
  if (width < 3 || height < 3) return 0;
  const at = (x: number, y: number): number => grey[(y * width + x) * channels]!;
  let sum = 0;
  let squares = 0;
  let count = 0;
  for (let y = 1; y < height - 1; y += 1) {
    for (let x = 1; x < width - 1; x += 1) {
      const value = at(x - 1, y) + at(x + 1, y) + at(x, y - 1) + at(x, y + 1) - 4 * at(x, y);
      sum += value;
      squares += value * value;
      count += 1;
    }
  }
  const mean = sum / count;
  return squares / count - mean * mean;
}

function clampBox(box: PixelBox, image: RgbImage): PixelBox {
  const x = Math.min(Math.max(0, Math.floor(box.x)), image.width - 1);
  const y = Math.min(Math.max(0, Math.floor(box.y)), image.height - 1);
  return {
    x,
    y,
    width: Math.max(1, Math.min(image.width - x, Math.round(box.width))),
    height: Math.max(1, Math.min(image.height - y, Math.round(box.height))),
  };
}
