import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox } from '../support/spawn-netwerk.js';
import { photoFixture, portraitPath, readFixture } from '../support/photo-variants.js';

let sandbox: CliSandbox;
before(() => {
  sandbox = createCliSandbox();
  copyFileSync(portraitPath, join(sandbox.dir, 'me.jpg'));
});
after(() => sandbox.dispose());

const goodSummary =
  "Hartelijk dank voor uw bezoek aan mijn profiel. Waarmee zou ik u mogen helpen? Ik help zzp'ers met hun boekhouding, zodat ze meer tijd overhouden voor hun klanten. Ik ben sinds 2012 zelfstandig boekhouder.";

const noStackTrace = (stderr: string): void => assert.doesNotMatch(stderr, /^\s+at /m);

describe('netwerk audit', () => {
  it('prints a Dutch report with the score, each part and its advice, and exits 1 on findings', async () => {
    const result = await sandbox.run([
      'audit',
      '--lang',
      'nl',
      '--photo',
      'me.jpg',
      '--headline',
      'Op zoek naar een uitdagende functie',
      '--summary',
      goodSummary,
    ]);
    assert.equal(result.code, 1, result.stderr);
    assert.match(result.stdout, /^Profielaudit: \d+\/100 \(foto, kop, samenvatting\)/);
    assert.match(result.stdout, /Foto me\.jpg: GOED/);
    assert.match(result.stdout, /Kop: ZWAK/);
    assert.match(result.stdout, /Je kop zegt alleen dat je werk zoekt/);
    assert.match(result.stdout, /Samenvatting: GOED/);
    assert.ok(!result.stdout.includes('\u001b['), 'no colour codes in a pipe');
  });

  it('gives the JSON of docs/formats.md with --json, and exits 0 when the profile is fine', async () => {
    const result = await sandbox.run([
      'audit',
      '--json',
      '--photo',
      'me.jpg',
      '--headline',
      'Boekhouder bij Cijferwerk',
      '--summary',
      goodSummary,
    ]);
    assert.equal(result.code, 0, result.stderr);
    const json = JSON.parse(result.stdout) as Record<string, Record<string, unknown>>;
    assert.equal(json.score, 100 as unknown);
    assert.deepEqual(json.headline, {
      verdict: 'good',
      findings: [],
      rewrites: [],
      chars: 25,
      rewriteLanguage: 'nl',
    });
    assert.equal(json.summary?.verdict, 'good');
    const photo = json.photo!;
    for (const key of [
      'faces',
      'largestFaceShare',
      'width',
      'height',
      'brightness',
      'sharpness',
      'verdict',
      'advice',
      'faceBoxes',
    ]) {
      assert.ok(key in photo, `photo.${key}`);
    }
    assert.equal(photo.faces, 1);
    assert.equal(photo.verdict, 'good');
    assert.ok((photo.largestFaceShare as number) > 0 && (photo.largestFaceShare as number) < 1);
  });

  it('reads a --profile file, its photo beside it, and lets flags replace what it says', async () => {
    const folder = join(sandbox.dir, 'profile');
    mkdirSync(folder, { recursive: true });
    copyFileSync(photoFixture('coffee.png'), join(folder, 'cup.png'));
    writeFileSync(
      join(folder, 'profile.json'),
      JSON.stringify({
        headline: 'Consultant',
        summary: goodSummary,
        position: { title: 'Boekhouder', company: 'Cijferwerk' },
        industry: 'Accounting',
        photo: 'cup.png',
      }),
    );
    const fromFile = JSON.parse(
      (await sandbox.run(['audit', '--json', '--profile', 'profile/profile.json'])).stdout,
    ) as {
      headline: { verdict: string; rewrites: string[] };
      photo: { verdict: string; file: string };
    };
    assert.equal(fromFile.headline.verdict, 'weak');
    assert.equal(fromFile.photo.verdict, 'no-face');
    assert.equal(fromFile.photo.file, 'cup.png');
    assert.equal(
      fromFile.headline.rewrites[0],
      "Boekhouder bij Cijferwerk | Ik help zzp'ers met hun boekhouding",
    );

    const result = await sandbox.run([
      'audit',
      '--json',
      '--profile',
      'profile/profile.json',
      '--headline',
      'Boekhouder bij Cijferwerk',
      '--photo',
      'me.jpg',
    ]);
    const replaced = JSON.parse(result.stdout) as {
      headline: { verdict: string };
      photo: { verdict: string };
    };
    assert.equal(replaced.headline.verdict, 'good');
    assert.equal(replaced.photo.verdict, 'good');
    assert.equal(result.code, 0);
  });

  it('asks in one sentence for something to audit when given nothing, and exits 2', async () => {
    for (const [lang, pattern] of [
      [
        'en',
        /^netwerk: Nothing to audit yet: import your LinkedIn export \(`netwerk import`\), or give --headline, --summary, --photo or --profile FILE\.json/,
      ],
      [
        'nl',
        /^netwerk: Nog niets om door te lichten: importeer je LinkedIn-export \(`netwerk import`\), of geef --headline, --summary, --photo of --profile/,
      ],
    ] as const) {
      const result = await sandbox.run(['audit', '--lang', lang]);
      assert.equal(result.code, 2);
      assert.match(result.stderr, pattern);
      assert.equal(result.stderr.trim().split('\n').length, 1);
    }
  });

  it('refuses a non-image, a cut-off photo and one over 8 MB with one sentence naming the file, exit 2', async () => {
    writeFileSync(join(sandbox.dir, 'notes.jpg'), 'just some text, not a photo');
    writeFileSync(join(sandbox.dir, 'half.jpg'), readFixture('astronaut.jpg').subarray(0, 20_000));
    writeFileSync(join(sandbox.dir, 'huge.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    truncateSync(join(sandbox.dir, 'huge.jpg'), 12 * 1024 * 1024);
    const expected: [string, RegExp][] = [
      ['notes.jpg', /^netwerk: notes\.jpg is not a JPEG or PNG photo/],
      ['half.jpg', /^netwerk: half\.jpg is damaged or cut off/],
      ['huge.jpg', /^netwerk: huge\.jpg is too large \(12\.0 MB\)/],
      ['absent.jpg', /^netwerk: absent\.jpg does not exist/],
    ];
    for (const [file, pattern] of expected) {
      const result = await sandbox.run(['audit', '--photo', file]);
      assert.equal(result.code, 2, file);
      assert.match(result.stderr, pattern);
      assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
      noStackTrace(result.stderr);
      assert.equal(result.stdout, '');
    }
  });

  it('refuses a --profile file of the wrong shape, naming the field, in Dutch too', async () => {
    writeFileSync(join(sandbox.dir, 'bad.json'), JSON.stringify({ headline: 42 }));
    const result = await sandbox.run(['audit', '--lang', 'nl', '--profile', 'bad.json']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /^netwerk: bad\.json is geen geldig profiel bij 'headline': /);
    noStackTrace(result.stderr);
  });

  it('checks the photo for nudity only with --nsfw, keeping stdout pure JSON', async () => {
    const result = await sandbox.run(['audit', '--json', '--nsfw', '--photo', 'me.jpg']);
    assert.equal(result.code, 0, result.stderr);
    const json = JSON.parse(result.stdout) as {
      photo: { nsfw: Record<string, number>; verdict: string };
    };
    assert.ok((json.photo.nsfw.neutral ?? 0) > 0.8);
    assert.equal(json.photo.verdict, 'good');
  });
});
