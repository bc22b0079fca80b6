import type { NsfwScores, PhotoFacts } from '../core/profile/judge-photo.js';
import type { PhotoFormat } from '../core/profile/photo-limits.js';
import type { DetectedFace } from './face-detector.js';
import { detectFaces, loadFaceDetector } from './face-detector.js';
import { measureLightAndFocus } from './measure-photo.js';
import { classifyNsfw, loadNsfwClassifier } from './nsfw-classifier.js';
import { readPhotoOrThrow } from './read-photo.js';

/**
 * The one API of src/vision: everything measured on a profile photo, for judgePhoto in the
 * core and for the web app, which draws `faceBoxes` over the photo. All coordinates are
 * pixels of the photo as displayed (EXIF orientation applied), origin top left.
 */
export interface PhotoAnalysis extends PhotoFacts {
  format: PhotoFormat;
  /** The faces counted in `faces`, largest first. */
  faceBoxes: DetectedFace[];
  /** Where `sharpness` (and `faceBrightness`) were measured: the largest face, or the whole image. */
  measuredOn: 'face' | 'image';
  /** Milliseconds per step, for the benchmark. */
  timingsMs: { decode: number; faces: number; measure: number; nsfw?: number };
}

export interface AnalyzePhotoOptions {
  /** Run the NSFW classifier too (loads its model on first use, about 5-7 s). */
  nsfw?: boolean;
  /** How messages name the photo (the path as the user typed it); default: the path, or "photo". */
  label?: string;
}

/** Loads the models ahead of the first photo, so a caller can time or hide the load. */
export async function preloadPhotoModels(options: { nsfw?: boolean } = {}): Promise<void> {
  await loadFaceDetector();
  if (options.nsfw) await loadNsfwClassifier();
}

/**
 * Decodes a JPEG or PNG (a path or its bytes), finds the faces and measures light and focus.
 * Throws an AppError (photo-not-image, photo-damaged, photo-too-large, input-not-found,
 * input-unreadable) that names the file when it cannot be read as a photo.
 */
export async function analyzePhoto(
  input: string | Buffer,
  options: AnalyzePhotoOptions = {},
): Promise<PhotoAnalysis> {
  const label = options.label ?? (typeof input === 'string' ? input : 'photo');
  let started = performance.now();
  const photo = await readPhotoOrThrow(input, label);
  const decode = performance.now() - started;

  started = performance.now();
  const found = await detectFaces(photo.working);
  const faces = performance.now() - started;

  started = performance.now();
  const largest = found[0];
  const whole = await measureLightAndFocus(photo.working);
  const onFace = largest ? await measureLightAndFocus(photo.working, largest) : undefined;
  const measure = performance.now() - started;

  let nsfw: NsfwScores | undefined;
  let nsfwMs: number | undefined;
  if (options.nsfw) {
    started = performance.now();
    nsfw = await classifyNsfw(photo.working);
    nsfwMs = performance.now() - started;
  }

  const faceBoxes = found.map((face) => toPhotoPixels(face, photo.scale, photo));
  const photoArea = photo.width * photo.height;
  return {
    format: photo.format,
    width: photo.width,
    height: photo.height,
    faces: faceBoxes.length,
    largestFaceShare: faceBoxes[0] ? (faceBoxes[0].width * faceBoxes[0].height) / photoArea : 0,
    brightness: whole.brightness,
    contrast: whole.contrast,
    sharpness: (onFace ?? whole).sharpness,
    ...(onFace
      ? {
          faceBrightness: onFace.brightness,
          faceFlatShare: Math.round(onFace.flatShare * 1000) / 1000,
        }
      : {}),
    ...(nsfw ? { nsfw } : {}),
    faceBoxes,
    measuredOn: onFace ? 'face' : 'image',
    timingsMs: { decode, faces, measure, ...(nsfwMs !== undefined ? { nsfw: nsfwMs } : {}) },
  };
}

function toPhotoPixels(
  face: DetectedFace,
  scale: number,
  photo: { width: number; height: number },
): DetectedFace {
  const x = Math.round(face.x * scale);
  const y = Math.round(face.y * scale);
  return {
    x,
    y,
    width: Math.min(photo.width - x, Math.round(face.width * scale)),
    height: Math.min(photo.height - y, Math.round(face.height * scale)),
    score: Math.round(face.score * 1000) / 1000,
  };
}
