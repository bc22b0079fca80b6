import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { crc32, deflateSync } from 'node:zlib';
import { AppError } from '../core/errors/app-error.js';
import { describeError } from '../core/errors/describe-error.js';
import { readFixture } from '../../test/support/photo-variants.js';
import { readPhotoOrThrow, workingSidePx } from './read-photo.js';

const dir = mkdtempSync(join(tmpdir(), 'netwerk-read-photo-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/**
 * A 74-byte PNG whose header claims `width` x `height` pixels, with one tiny compressed row:
 * the shape of a decompression bomb.
 */
function pngBomb(width: number, height: number): Buffer {
  const chunk = (name: string, data: Buffer): Buffer => {
    const type = Buffer.from(name, 'latin1');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([type, data])));
    return Buffer.concat([length, type, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function refusal(input: string | Buffer, label = 'me.jpg'): Promise<AppError> {
  try {
    await readPhotoOrThrow(input, label);
  } catch (error) {
    assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the photo to be refused');
}

describe('readPhotoOrThrow', () => {
  it('decodes the JPEG portrait to RGB at its own size', async () => {
    const photo = await readPhotoOrThrow(readFixture('astronaut.jpg'), 'astronaut.jpg');
    assert.equal(photo.format, 'jpeg');
    assert.deepEqual([photo.width, photo.height], [512, 512]);
    assert.deepEqual([photo.working.width, photo.working.height], [512, 512]);
    assert.equal(photo.working.data.length, 512 * 512 * 3);
    assert.equal(photo.scale, 1);
  });

  it('scales a large photo down to the working size and says by how much', async () => {
    const sharp = (await import('sharp')).default;
    const large = await sharp(readFixture('coffee.png')).resize(3000, 2000).jpeg().toBuffer();
    const photo = await readPhotoOrThrow(large, 'large.jpg');
    assert.deepEqual([photo.width, photo.height], [3000, 2000]);
    assert.equal(Math.max(photo.working.width, photo.working.height), workingSidePx);
    assert.ok(Math.abs(photo.scale - 3000 / workingSidePx) < 0.01);
  });

  it('refuses a text file as not an image, naming the file', async () => {
    const error = await refusal(file('notes.jpg', 'This is not a photo at all.'), 'notes.jpg');
    assert.equal(error.code, 'photo-not-image');
    assert.match(describeError(error, 'en'), /^notes\.jpg is not a JPEG or PNG photo: /);
    assert.match(describeError(error, 'nl'), /^notes\.jpg is geen JPEG- of PNG-foto: /);
  });

  it('names the kind of image it found when that is not JPEG or PNG', async () => {
    const gif = Buffer.concat([Buffer.from('GIF89a', 'latin1'), Buffer.alloc(64)]);
    const error = await refusal(gif, 'animated.gif');
    assert.equal(error.code, 'photo-not-image');
    assert.equal(error.details.found, 'GIF');
    assert.match(describeError(error, 'en'), /but a GIF file/);
  });

  it('refuses a JPEG and a PNG cut off halfway as damaged', async () => {
    for (const name of ['astronaut.jpg', 'coffee.png'] as const) {
      const whole = readFixture(name);
      const error = await refusal(whole.subarray(0, Math.floor(whole.length / 2)), name);
      assert.equal(error.code, 'photo-damaged', name);
      assert.match(
        describeError(error, 'en'),
        new RegExp(`^${name.replace('.', '\\.')} is damaged or cut off`),
      );
    }
  });

  it('refuses a file over 8 MB before reading it', async () => {
    const path = file('huge.jpg', Buffer.from([0xff, 0xd8, 0xff]));
    truncateSync(path, 9 * 1024 * 1024);
    const error = await refusal(path, 'huge.jpg');
    assert.equal(error.code, 'photo-too-large');
    assert.equal(error.details.megabytes, '9.0');
    assert.match(describeError(error, 'nl'), /^huge\.jpg is te groot \(9\.0 MB\)/);
  });

  it('refuses a photo larger than 7680 x 4320 pixels from its header alone', async () => {
    const error = await refusal(pngBomb(20000, 20000), 'bomb.png');
    assert.equal(error.code, 'photo-too-large');
    assert.deepEqual([error.details.width, error.details.height], [20000, 20000]);
    assert.match(describeError(error, 'en'), /20000 x 20000 pixels/);
  });

  it('says a missing file does not exist, and a folder cannot be read', async () => {
    assert.equal((await refusal(join(dir, 'absent.jpg'))).code, 'input-not-found');
    assert.equal((await refusal(dir)).code, 'input-unreadable');
  });

  it('turns a photo by its EXIF orientation before measuring it', async () => {
    const sharp = (await import('sharp')).default;
    // Stored on its side (512 wide, 480 high) with orientation 6: shown 480 wide, 512 high.
    const sideways = await sharp(readFixture('astronaut.jpg'))
      .extract({ left: 16, top: 0, width: 480, height: 512 })
      .rotate(-90)
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const photo = await readPhotoOrThrow(sideways, 'sideways.jpg');
    assert.deepEqual([photo.width, photo.height], [480, 512]);
    assert.deepEqual([photo.working.width, photo.working.height], [480, 512]);
  });
});
