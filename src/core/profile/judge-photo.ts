import type { UserLanguage } from '../i18n/languages.js';
import { minPhotoSidePx } from './photo-limits.js';

/**
 * Playbook §3: a recent, professional, clearly recognisable portrait; no holiday snaps, no
 * group photos ("which of the three is you?"), nothing risqué. The measures come from
 * src/vision; this file only judges them. The thresholds and the test images behind them are
 * in docs/decisions/0031-photo-thresholds.md.
 */

/** NSFW class probabilities (nsfwjs MobileNetV2), each 0-1, summing to about 1. */
export interface NsfwScores {
  drawing: number;
  hentai: number;
  neutral: number;
  porn: number;
  sexy: number;
}

/** What was measured on a photo (docs/formats.md, "Audit", for units). */
export interface PhotoFacts {
  width: number;
  height: number;
  /** Faces found (both detector scores at least 0.5). */
  faces: number;
  /** The largest face box's share of the image area, 0-1 (0 without a face). */
  largestFaceShare: number;
  /** Mean luma of the whole image, 0 black to 1 white. */
  brightness: number;
  /** Standard deviation of luma, 0-0.5. */
  contrast: number;
  /** Laplacian variance as a percentage of the tonal variance, on the largest face (else the image). */
  sharpness: number;
  /** Mean luma of the largest face box, when there is a face. */
  faceBrightness?: number;
  /** Share of flat pixels (equal to their neighbours) in the largest face box, when there is a face: high for a drawing. */
  faceFlatShare?: number;
  /** Present only when the NSFW check ran (`--nsfw`). */
  nsfw?: NsfwScores;
}

/** The first of these that applies, in this order, is the photo's verdict. */
export const photoVerdicts = [
  'low-resolution',
  'too-dark',
  'blurred',
  'no-face',
  'drawing',
  'group',
  'face-too-small',
  'nsfw',
  'good',
] as const;
export type PhotoVerdict = (typeof photoVerdicts)[number];

/** Thresholds (docs/decisions/0031-photo-thresholds.md). */
export const photoThresholds = {
  /** LinkedIn's minimum upload size, per side. */
  minSidePx: minPhotoSidePx,
  /** Mean luma of the face (else the image) below this is too dark: the fixture at 30 % light measures 0.16, at 40 % 0.21. */
  minBrightness: 0.18,
  /** Sharpness below this is blurred: a 1.5 px Gaussian blur measures 1.2, a 1 px one 3.1, the original 17.7. */
  minSharpness: 2,
  /** Below this luma deviation (2 grey levels of 255) a photo is one flat tone, not a blurred photo. */
  minContrast: 2 / 255,
  /** The largest face below this share of the image is too small: the fixture portrait is 0.082, at half size 0.020. */
  minFaceShare: 0.03,
  /** A face box with more flat pixels than this is drawn, not photographed: photos 0.00-0.07, drawn avatars 0.62-0.83. */
  maxFaceFlatShare: 0.3,
  /** Porn + hentai + sexy probability from this on is risqué. */
  maxNsfwProbability: 0.5,
} as const;

export interface PhotoJudgement {
  verdict: PhotoVerdict;
  advice: string;
}

/** The NSFW classes that make a profile photo risqué, added up. */
export function nsfwProbability(scores: NsfwScores): number {
  return scores.porn + scores.hentai + scores.sexy;
}

export function judgePhoto(facts: PhotoFacts, language: UserLanguage): PhotoJudgement {
  const verdict = photoVerdictOf(facts);
  return { verdict, advice: photoAdvice[verdict][language](facts) };
}

export function photoVerdictOf(facts: PhotoFacts): PhotoVerdict {
  const t = photoThresholds;
  if (facts.width < t.minSidePx || facts.height < t.minSidePx) return 'low-resolution';
  if ((facts.faceBrightness ?? facts.brightness) < t.minBrightness) return 'too-dark';
  // A single flat tone (a blank or one-colour image) has nothing to be sharp about: its
  // sharpness is 0 by definition, and "blurred" would be the wrong advice; it has no face.
  if (facts.sharpness < t.minSharpness && facts.contrast >= t.minContrast) return 'blurred';
  if (facts.faces === 0) return 'no-face';
  if ((facts.faceFlatShare ?? 0) > t.maxFaceFlatShare) return 'drawing';
  if (facts.faces > 1) return 'group';
  if (facts.largestFaceShare < t.minFaceShare) return 'face-too-small';
  if (facts.nsfw && nsfwProbability(facts.nsfw) >= t.maxNsfwProbability) return 'nsfw';
  return 'good';
}

const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/** Advice per verdict: what is wrong, and what to do about it. */
const photoAdvice = {
  'low-resolution': {
    nl: (f) =>
      `De foto is ${f.width} x ${f.height} pixels; LinkedIn vraagt minstens ${minPhotoSidePx} x ${minPhotoSidePx}. Gebruik het origineel of een grotere opname, liefst vierkant.`,
    en: (f) =>
      `The photo is ${f.width} x ${f.height} pixels; LinkedIn asks for at least ${minPhotoSidePx} x ${minPhotoSidePx}. Use the original or a larger shot, square if you can.`,
  },
  'too-dark': {
    nl: () =>
      'De foto is te donker: je gezicht is slecht te zien. Maak een nieuwe bij daglicht, met het licht van voren op je gezicht.',
    en: () =>
      'The photo is too dark: your face is hard to make out. Take a new one in daylight, with the light falling on your face from the front.',
  },
  blurred: {
    nl: () =>
      'De foto is onscherp (of een kleine foto die is opgeblazen). Maak een nieuwe, scherp gesteld op je ogen, of gebruik het origineel.',
    en: () =>
      'The photo is blurred (or a small photo blown up). Take a new one focused on your eyes, or use the original.',
  },
  'no-face': {
    nl: () =>
      'Er is geen gezicht op de foto te vinden. Een profielfoto is een herkenbaar portret: jij, van voren, je gezicht goed zichtbaar.',
    en: () =>
      'No face can be found in the photo. A profile photo is a recognisable portrait: you, from the front, your face clearly visible.',
  },
  drawing: {
    nl: () =>
      'Dit lijkt een tekening, avatar of logo, geen foto. LinkedIn is zakelijk: mensen willen zien wie ze ontmoeten. Gebruik een recente foto van jezelf, van voren en herkenbaar.',
    en: () =>
      'This looks like a drawing, avatar or logo, not a photo. LinkedIn is for business: people want to see whom they are meeting. Use a recent photo of yourself, from the front and recognisable.',
  },
  group: {
    nl: (f) =>
      `Er staan ${f.faces} gezichten op de foto: wie van hen ben jij? Gebruik een portret van alleen jezelf.`,
    en: (f) =>
      `The photo shows ${f.faces} faces: which one is you? Use a portrait of just yourself.`,
  },
  'face-too-small': {
    nl: (f) =>
      `Je gezicht beslaat maar ${percent(f.largestFaceShare)} van de foto, zoals bij een vakantiekiekje of een foto ten voeten uit. Snijd bij tot hoofd en schouders, of maak een portret van dichtbij.`,
    en: (f) =>
      `Your face covers only ${percent(f.largestFaceShare)} of the photo, as in a holiday snapshot or a full-body shot. Crop it to head and shoulders, or take a close-up portrait.`,
  },
  nsfw: {
    nl: () =>
      'De foto oogt te bloot of te ondeugend voor een zakelijk netwerk. Kies een portret in kleding waarin je ook een klant zou ontmoeten.',
    en: () =>
      'The photo looks too revealing or risqué for a business network. Choose a portrait in clothes you would meet a client in.',
  },
  good: {
    nl: () =>
      'Een herkenbaar portret: één gezicht, groot genoeg, scherp en goed belicht. Is hij recent, dan kan hij blijven.',
    en: () =>
      'A recognisable portrait: one face, large enough, sharp and well lit. If it is recent, keep it.',
  },
} satisfies Record<PhotoVerdict, Record<UserLanguage, (facts: PhotoFacts) => string>>;
