import { open, stat } from 'node:fs/promises';
import type { Metadata } from 'sharp';
import sharp from 'sharp';
import { AppError } from '../core/errors/app-error.js';
import type { RgbImage } from './face-detector.js';
import type { PhotoFormat } from '../core/profile/photo-limits.js';
import {
  maxPhotoBytes,
  maxPhotoLongSidePx,
  maxPhotoShortSidePx,
} from '../core/profile/photo-limits.js';

/** A photo decoded for analysis: its true size, and an RGB copy no larger than `workingSidePx`. */
export interface DecodedPhoto {
  format: PhotoFormat;
  /** Size in pixels as displayed (after the EXIF orientation is applied). */
  width: number;
  height: number;
  /** The photo scaled down to fit `workingSidePx` (never up), for the models and measures. */
  working: RgbImage;
  /** Multiply working-image pixel coordinates by this to get photo coordinates. */
  scale: number;
}

/**
 * Face detection sees the image at 256 px anyway and the face mesh needs far less than this,
 * so decoding a 30-megapixel photo in full would cost time and memory for nothing.
 */
export const workingSidePx = 1280;

/** Reads, checks and decodes a photo, or throws one AppError that names the file. */
export async function readPhotoOrThrow(
  input: string | Buffer,
  label: string,
): Promise<DecodedPhoto> {
  const bytes = typeof input === 'string' ? await readCheckedFile(input, label) : input;
  if (bytes.length > maxPhotoBytes) throw tooLarge(label, { bytes: bytes.length });
  const format = sniffFormat(bytes, label);

  let metadata: Metadata;
  try {
    // The header only: no pixel limit yet, so even a bomb's claimed size can be reported.
    metadata = await sharp(bytes, { failOn: 'truncated', limitInputPixels: false }).metadata();
  } catch (error) {
    throw new AppError('photo-damaged', { path: label, format }, { cause: error });
  }
  const { width, height } = orientedSize(metadata);
  if (!width || !height) throw new AppError('photo-damaged', { path: label, format });
  if (
    Math.max(width, height) > maxPhotoLongSidePx ||
    Math.min(width, height) > maxPhotoShortSidePx
  ) {
    throw tooLarge(label, { width, height });
  }

  try {
    const { data, info } = await sharp(bytes, {
      failOn: 'truncated',
      limitInputPixels: maxPhotoLongSidePx * maxPhotoShortSidePx,
    })
      .rotate()
      .flatten({ background: '#ffffff' })
      .resize(workingSidePx, workingSidePx, { fit: 'inside', withoutEnlargement: true })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 3) throw new Error(`expected 3 channels, got ${info.channels}`);
    return {
      format,
      width,
      height,
      working: {
        data: new Uint8Array(data.buffer, data.byteOffset, data.length),
        width: info.width,
        height: info.height,
      },
      scale: width / info.width,
    };
  } catch (error) {
    throw new AppError('photo-damaged', { path: label, format }, { cause: error });
  }
}

async function readCheckedFile(path: string, label: string): Promise<Buffer> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new AppError('input-unreadable', { path: label, reason: 'EISDIR' });
    size = info.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('input-not-found', { path: label }, { cause: error });
    throw new AppError('input-unreadable', { path: label, reason: code }, { cause: error });
  }
  // Refuse before reading: an enormous file never reaches memory.
  if (size > maxPhotoBytes) throw tooLarge(label, { bytes: size });
  try {
    const handle = await open(path, 'r');
    try {
      return await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new AppError('input-unreadable', { path: label, reason: code }, { cause: error });
  }
}

/** JPEG and PNG by their first bytes; a few other image kinds are named so the message can say what it found. */
function sniffFormat(bytes: Buffer, label: string): PhotoFormat {
  const starts = (...values: number[]): boolean => values.every((value, i) => bytes[i] === value);
  if (starts(0xff, 0xd8, 0xff)) return 'jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  throw new AppError('photo-not-image', { path: label, found: otherFormat(bytes) });
}

function otherFormat(bytes: Buffer): string | undefined {
  const ascii = bytes.subarray(0, 16).toString('latin1');
  if (ascii.startsWith('GIF8')) return 'GIF';
  if (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') return 'WebP';
  if (ascii.slice(4, 8) === 'ftyp')
    return /ftyp(?:heic|heix|mif1|msf1|hevc)/.test(ascii) ? 'HEIC' : 'MP4/MOV';
  if (ascii.startsWith('%PDF')) return 'PDF';
  if (ascii.startsWith('BM')) return 'BMP';
  if (ascii.startsWith('II*\u0000') || ascii.startsWith('MM\u0000*')) return 'TIFF';
  return undefined;
}

function orientedSize(metadata: Metadata): { width?: number; height?: number } {
  // EXIF orientations 5-8 turn the photo a quarter: width and height swap on screen.
  const turned = (metadata.orientation ?? 1) >= 5;
  return turned
    ? { width: metadata.height, height: metadata.width }
    : { width: metadata.width, height: metadata.height };
}

function tooLarge(
  label: string,
  facts: { bytes?: number; width?: number; height?: number },
): AppError {
  return new AppError('photo-too-large', {
    path: label,
    ...(facts.bytes !== undefined ? { megabytes: (facts.bytes / (1024 * 1024)).toFixed(1) } : {}),
    ...(facts.width !== undefined ? { width: facts.width, height: facts.height } : {}),
  });
}
