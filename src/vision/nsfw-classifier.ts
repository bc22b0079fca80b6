import { createRequire } from 'node:module';
import sharp from 'sharp';
import type { NsfwScores } from '../core/profile/judge-photo.js';
import type { RgbImage } from './face-detector.js';
import { loadFaceDetector } from './face-detector.js';
import { withConsoleSilenced } from './silence-console.js';

const require = createRequire(import.meta.url);

interface Prediction {
  className: string;
  probability: number;
}

interface NsfwModel {
  classify(image: unknown, topk?: number): Promise<Prediction[]>;
}

interface NsfwModule {
  load(name: 'MobileNetV2'): Promise<NsfwModel>;
}

interface TfModule {
  getBackend(): string;
  tensor3d(data: Uint8Array, shape: number[], dtype: string): { dispose(): void };
}

/** MobileNetV2's input size. */
const inputSidePx = 224;

let loading: Promise<{ model: NsfwModel; tf: TfModule }> | undefined;

/**
 * nsfwjs with its bundled MobileNetV2 weights (no download). It takes about 5-7 s to load, so
 * it loads only when `--nsfw` asks for the check, once per process. It shares the face
 * detector's tfjs engine and wasm backend: the face detector loads first and sets it up, and
 * both come through require so they get the same tfjs-core module.
 */
export function loadNsfwClassifier(): Promise<{ model: NsfwModel; tf: TfModule }> {
  loading ??= (async () => {
    await loadFaceDetector();
    const { value } = await withConsoleSilenced(async () => {
      const nsfwjs = require('nsfwjs') as NsfwModule;
      const tf = require('@tensorflow/tfjs') as TfModule;
      const model = await nsfwjs.load('MobileNetV2');
      return { model, tf };
    });
    if (value.tf.getBackend() !== 'wasm') {
      throw new Error(`nsfw classifier: expected the wasm backend, got ${value.tf.getBackend()}`);
    }
    return value;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** The five class probabilities for one image. */
export async function classifyNsfw(image: RgbImage): Promise<NsfwScores> {
  const { model, tf } = await loadNsfwClassifier();
  const { data, info } = await sharp(image.data, {
    raw: { width: image.width, height: image.height, channels: 3 },
  })
    .resize(inputSidePx, inputSidePx, { fit: 'fill' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const tensor = tf.tensor3d(
    new Uint8Array(data.buffer, data.byteOffset, data.length),
    [info.height, info.width, 3],
    'int32',
  );
  try {
    const predictions = await model.classify(tensor, 5);
    const probability = (name: string): number =>
      predictions.find((prediction) => prediction.className === name)?.probability ?? 0;
    return {
      drawing: probability('Drawing'),
      hentai: probability('Hentai'),
      neutral: probability('Neutral'),
      porn: probability('Porn'),
      sexy: probability('Sexy'),
    };
  } finally {
    tensor.dispose();
  }
}
