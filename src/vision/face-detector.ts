import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FaceResult, Human } from '@vladmandic/human';
import { installLocalFileFetch } from './local-file-fetch.js';
import { withConsoleSilenced } from './silence-console.js';

const require = createRequire(import.meta.url);

/** A face the detector found, in the pixel coordinates of the image it was given. */
export interface DetectedFace {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The face mesh's confidence (0-1): how sure the model is this is a human face. */
  score: number;
}

/** An RGB image in memory: 3 bytes per pixel, row by row. */
export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
}

/**
 * A face counts when both the box detector and the face mesh are at least this sure
 * (docs/decisions/0031-photo-thresholds.md). 0.5 is MediaPipe's own default for the box
 * detector. The mesh rejects the cat; the box score rejects the face-like shapes a blurred
 * photo or a spacesuit collar make (box scores 0.24-0.46), while real faces scored 0.68-0.88.
 */
export const minFaceScore = 0.5;

/** The most faces one photo is searched for; a group photo needs only two to be one. */
const maxFaces = 20;

interface HumanModule {
  Human: new (config: Record<string, unknown>) => Human;
}

let loading: Promise<Human> | undefined;

/**
 * @vladmandic/human, node-wasm build (docs/decisions/0030-photo-analysis-stack.md). A plain
 * import would resolve its tfjs-node build, which cannot install offline, and the wasm build
 * is not an exported subpath: hence the path next to the package's main file.
 */
function humanBuildPath(): string {
  return join(dirname(require.resolve('@vladmandic/human')), 'human.node-wasm.js');
}

function wasmFolder(): string {
  return `${dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}/`;
}

function modelFolderUrl(): string {
  const models = join(dirname(require.resolve('@vladmandic/human')), '..', 'models');
  return `${pathToFileURL(models).href}/`;
}

async function loadHuman(): Promise<Human> {
  installLocalFileFetch();
  const { Human: HumanClass } = require(humanBuildPath()) as HumanModule;
  const human = new HumanClass({
    backend: 'wasm',
    // Both point into node_modules: nothing is fetched from the network, ever.
    wasmPath: wasmFolder(),
    modelBasePath: modelFolderUrl(),
    debug: false,
    async: false,
    warmup: 'none',
    // One photo at a time, never a video: no result may be reused for the next photo.
    cacheSensitivity: 0,
    filter: { enabled: false },
    face: {
      enabled: true,
      detector: {
        rotation: false,
        maxDetected: maxFaces,
        minConfidence: 0.2,
        skipFrames: 0,
        skipTime: 0,
        return: false,
      },
      // The mesh rejects animal faces that the box detector alone takes for people.
      mesh: { enabled: true },
      iris: { enabled: false },
      description: { enabled: false },
      emotion: { enabled: false },
      antispoof: { enabled: false },
      liveness: { enabled: false },
      attention: { enabled: false },
      gear: { enabled: false },
    },
    body: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
  });
  await withConsoleSilenced(async () => {
    await human.load();
    await human.tf.ready();
  });
  if (human.tf.getBackend() !== 'wasm') {
    throw new Error(
      `face detector: expected the wasm backend, got ${String(human.tf.getBackend())}`,
    );
  }
  return human;
}

/** Loads the face model once per process, on first use. */
export function loadFaceDetector(): Promise<Human> {
  loading ??= loadHuman().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Every face whose box and mesh scores are both at least `minFaceScore`, largest first.
 *
 * The detector squeezes whatever it gets into 256 x 256, so two things are done for it: each
 * image is padded to a square first (a wide group photo would otherwise squash its faces out
 * of recognition), and when the whole image shows no face or only small ones, it looks again
 * tile by tile, where a far-away face is large enough to be found. That second look is what
 * lets a holiday snapshot come out as `face-too-small` rather than `no-face`.
 */
export async function detectFaces(image: RgbImage): Promise<DetectedFace[]> {
  const whole = await detectInRegion(image, {
    x: 0,
    y: 0,
    width: image.width,
    height: image.height,
  });
  const longSide = Math.max(image.width, image.height);
  const largestSide = Math.max(0, ...whole.map((face) => Math.max(face.width, face.height)));
  if (largestSide >= longSide * smallFaceSideShare || longSide < minTiledSidePx) return whole;
  const found = [...whole];
  for (const tile of tilesOf(image)) found.push(...(await detectInRegion(image, tile)));
  return mergeOverlapping(found);
}

/**
 * Below this fraction of the image's long side a face may go unseen at 256 px, so the tiles
 * look again (the detector needs roughly 20 of its 256 pixels to find a face).
 */
const smallFaceSideShare = 0.12;
/** Smaller images are not tiled: their tiles would be scaled up, which finds nothing new. */
const minTiledSidePx = 600;

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Square tiles of 2/5 of the long side, overlapping by a quarter, covering the whole image. */
function tilesOf(image: RgbImage): Region[] {
  const side = Math.round(Math.max(image.width, image.height) * 0.4);
  const starts = (length: number): number[] => {
    if (length <= side) return [0];
    const count = Math.ceil((length - side) / (side * 0.75)) + 1;
    const step = (length - side) / (count - 1);
    return Array.from({ length: count }, (_, i) => Math.round(i * step));
  };
  const tiles: Region[] = [];
  for (const y of starts(image.height)) {
    for (const x of starts(image.width)) {
      tiles.push({
        x,
        y,
        width: Math.min(side, image.width - x),
        height: Math.min(side, image.height - y),
      });
    }
  }
  return tiles;
}

/** Runs the detector on one region, padded to a square, and returns faces in image pixels. */
async function detectInRegion(image: RgbImage, region: Region): Promise<DetectedFace[]> {
  const human = await loadFaceDetector();
  const tf = human.tf as {
    tensor4d(data: Uint8Array, shape: number[], dtype: string): unknown;
    dispose(tensor: unknown): void;
  };
  const side = Math.max(region.width, region.height);
  const square = new Uint8Array(side * side * 3).fill(128);
  for (let row = 0; row < region.height; row += 1) {
    const from = ((region.y + row) * image.width + region.x) * 3;
    square.set(image.data.subarray(from, from + region.width * 3), row * side * 3);
  }
  // A plain tensor4d: the wasm build has no chained tensor ops (.expandDims()).
  const tensor = tf.tensor4d(square, [1, side, side, 3], 'int32');
  try {
    const { value: result } = await withConsoleSilenced(() =>
      human.detect(tensor as Parameters<Human['detect']>[0]),
    );
    if (result.error) throw new Error(`face detector: ${result.error}`);
    return result.face
      .filter((face) => face.boxScore >= minFaceScore && face.faceScore >= minFaceScore)
      .map((face) => clipToRegion(face, region))
      .filter((face) => face.width > 0 && face.height > 0)
      .sort((a, b) => b.width * b.height - a.width * a.height);
  } finally {
    tf.dispose(tensor);
  }
}

/** One face seen twice (in overlapping tiles) is kept once: the larger box wins. */
function mergeOverlapping(faces: DetectedFace[]): DetectedFace[] {
  const kept: DetectedFace[] = [];
  for (const face of [...faces].sort((a, b) => b.width * b.height - a.width * a.height)) {
    const centreX = face.x + face.width / 2;
    const centreY = face.y + face.height / 2;
    const seen = kept.some(
      (other) =>
        centreX >= other.x &&
        centreX <= other.x + other.width &&
        centreY >= other.y &&
        centreY <= other.y + other.height,
    );
    if (!seen) kept.push(face);
  }
  return kept;
}

/** A face box from the padded square, moved into the image and cut to the region. */
function clipToRegion(face: FaceResult, region: Region): DetectedFace {
  const [boxX, boxY, boxWidth, boxHeight] = face.box;
  const left = Math.max(0, boxX);
  const top = Math.max(0, boxY);
  const right = Math.min(region.width, boxX + boxWidth);
  const bottom = Math.min(region.height, boxY + boxHeight);
  return {
    x: region.x + left,
    y: region.y + top,
    width: Math.max(0, right - left),
    height: Math.max(0, bottom - top),
    score: face.faceScore,
  };
}
