import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox } from '../support/spawn-netwerk.js';

let sandbox: CliSandbox;
before(() => {
  sandbox = createCliSandbox();
});
after(() => sandbox.dispose());

const playbookExample =
  'Hoi Saskia, ik heb vanavond met plezier jouw heldere & duidelijke opiniestuk in NRC gelezen. Mag ik je uitnodigen om te connecten? Dankjewel. Op mijn blog punt rovosmanagement punt nl/?cat=2 lees je over mijn passie (diversiteit). Graag tot ziens.\nMvg Robert Vos';

describe('netwerk compose', () => {
  it('drafts notes in the language asked for, within the limit, as JSON', async () => {
    const result = await sandbox.run([
      'compose',
      '--to',
      'Lena Hoffmann',
      '--hook',
      'der Hannover Messe',
      '--context',
      'event',
      '--lang',
      'de',
      '--limit',
      '200',
      '--json',
    ]);
    assert.equal(result.code, 0, result.stderr);
    const output = JSON.parse(result.stdout) as {
      drafts: { text: string; chars: number }[];
      limit: number;
    };
    assert.equal(output.limit, 200);
    assert.ok(output.drafts.length >= 1 && output.drafts.length <= 3);
    for (const draft of output.drafts) {
      assert.ok(draft.chars <= 200);
      assert.equal(draft.chars, draft.text.length);
      assert.match(draft.text, /^(Hallo|Guten Tag) Lena,/);
      assert.match(draft.text, /Hannover Messe/);
    }
  });

  it('signs with the signature from the config and takes the limit of a free account', async () => {
    await sandbox.run([
      'config',
      'init',
      '--signature',
      'Mvg Robert Vos',
      '--account',
      'free',
      '--force',
    ]);
    const result = await sandbox.run([
      'compose',
      '--to',
      'Karin',
      '--hook',
      'de lunchlezing van de KvK in Breda',
      '--context',
      'event',
      '--lang',
      'nl',
      '--json',
    ]);
    const output = JSON.parse(result.stdout) as { drafts: { text: string }[]; limit: number };
    assert.equal(output.limit, 200);
    assert.ok(output.drafts.every((draft) => draft.text.endsWith('Mvg Robert Vos')));
  });

  it('refuses a language it cannot draft in, in one sentence', async () => {
    const result = await sandbox.run(['compose', '--to', 'Karin', '--hook', 'x', '--lang', 'xx']);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /choose nl, en, de, fr, es, it or pt/);
  });
});

describe('netwerk lint', () => {
  it("passes the playbook's example at 300 and fixes it to 200 or fewer with --fix", async () => {
    const at300 = await sandbox.run(['lint', playbookExample, '--limit', '300', '--json']);
    assert.equal(at300.code, 0, at300.stderr);
    assert.equal((JSON.parse(at300.stdout) as { ok: boolean }).ok, true);

    const at200 = await sandbox.run(
      ['lint', '-', '--limit', '200', '--fix', '--to', 'Saskia', '--json'],
      { stdin: playbookExample },
    );
    assert.equal(at200.code, 1, 'the original is over the limit');
    const output = JSON.parse(at200.stdout) as {
      ok: boolean;
      chars: number;
      limit: number;
      findings: { code: string }[];
      fixed?: string;
    };
    assert.equal(output.chars, 262);
    assert.equal(output.ok, false);
    assert.deepEqual(
      output.findings.map((f) => f.code),
      ['over-limit'],
    );
    assert.ok(output.fixed && output.fixed.length <= 200);
    assert.match(
      output.fixed,
      /^Hoi Saskia,.*opiniestuk in NRC.*Mag ik je uitnodigen om te connecten\?/s,
    );
  });

  it('exits 1 with the error codes for a default text, and 2 without a note', async () => {
    const result = await sandbox.run([
      'lint',
      "I'd like to add you to my professional network on LinkedIn.",
      '--json',
    ]);
    assert.equal(result.code, 1);
    assert.ok(
      (JSON.parse(result.stdout) as { findings: { code: string }[] }).findings.some(
        (f) => f.code === 'default-text',
      ),
    );
    const none = await sandbox.run(['lint']);
    assert.equal(none.code, 2);
  });
});
