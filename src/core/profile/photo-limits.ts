/**
 * LinkedIn's profile photo limits (docs/formats.md, "Audit"; LinkedIn Help as quoted in the
 * export notes §8): at least 400 x 400 pixels, at most 8 MB and 7680 x 4320 pixels, JPG or PNG.
 * netwerk refuses to read a file above the upper limits (before decoding it) and judges one
 * below the lower limit as `low-resolution`.
 */
export const minPhotoSidePx = 400;
export const maxPhotoBytes = 8 * 1024 * 1024;
export const maxPhotoLongSidePx = 7680;
export const maxPhotoShortSidePx = 4320;

/** The image kinds LinkedIn accepts for a profile photo. */
export type PhotoFormat = 'jpeg' | 'png';
