import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { AppError } from '../core/errors/app-error.js';
import { describeError } from '../core/errors/describe-error.js';
import { readProfileFile } from './read-profile-file.js';

const dir = mkdtempSync(join(tmpdir(), 'netwerk-profile-file-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}

async function refusal(name: string): Promise<AppError> {
  try {
    await readProfileFile(name, dir);
  } catch (error) {
    assert.ok(error instanceof AppError);
    return error;
  }
  assert.fail('expected the file to be refused');
}

describe('readProfileFile (--profile FILE.json)', () => {
  it('reads every field, and the photo path relative to the file', async () => {
    mkdirSync(join(dir, 'me'), { recursive: true });
    const name = join('me', 'profile.json');
    write(
      name,
      JSON.stringify({
        headline: 'Nurse at Isala',
        summary: '',
        position: { title: 'Nurse', company: 'Isala' },
        industry: 'Hospital & Health Care',
        photo: 'face.jpg',
      }),
    );
    const file = await readProfileFile(name, dir);
    assert.deepEqual(file.facts, {
      headline: 'Nurse at Isala',
      summary: '',
      position: { title: 'Nurse', company: 'Isala' },
      industry: 'Hospital & Health Care',
      hasPhoto: true,
    });
    assert.equal(file.photoPath, join(dir, 'me', 'face.jpg'));
    assert.equal(file.photoLabel, 'face.jpg');
  });

  it('takes hasPhoto false as "no photo was ever uploaded", and leaves unknown what is absent', async () => {
    const file = await readProfileFile(write('nophoto.json', '{"hasPhoto": false}'), dir);
    assert.deepEqual(file.facts, { hasPhoto: false });
    assert.equal(file.photoPath, undefined);
  });

  it('refuses text that is not JSON', async () => {
    const error = await refusal(write('broken.json', '{ headline: "x" '));
    assert.equal(error.code, 'profile-invalid');
    assert.match(describeError(error, 'en'), /^broken\.json is not a valid profile: not JSON/);
  });

  it('refuses a misspelt or mistyped field, naming it', async () => {
    const misspelt = await refusal(write('typo.json', '{"headlines": "Nurse"}'));
    assert.equal(misspelt.code, 'profile-invalid');
    assert.match(String(misspelt.details.reason), /headlines/);
    const mistyped = await refusal(write('type.json', '{"position": {"title": 7}}'));
    assert.equal(mistyped.details.field, 'position.title');
  });

  it('refuses a file over 1 MB without parsing it', async () => {
    const name = write('big.json', '{}');
    truncateSync(join(dir, name), 2 * 1024 * 1024);
    assert.equal((await refusal(name)).code, 'profile-invalid');
  });

  it('says a missing file does not exist', async () => {
    assert.equal((await refusal('absent.json')).code, 'input-not-found');
  });
});
