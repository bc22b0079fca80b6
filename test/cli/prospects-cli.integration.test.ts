import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CliSandbox } from '../support/spawn-netwerk.js';
import { createCliSandbox } from '../support/spawn-netwerk.js';

let sandbox: CliSandbox;
before(() => {
  sandbox = createCliSandbox();
  writeFileSync(
    sandbox.env.NETWERK_CONFIG!,
    [
      'language = "en"',
      'signature = "Best, Robert"',
      '[interests]',
      'companies = ["Isala"]',
      'keywords = ["onboarding"]',
      'places = ["Zwolle"]',
    ].join('\n'),
  );
});
after(() => sandbox.dispose());

describe('netwerk prospects', () => {
  it('ranks the list by interests and mutual connections and drafts notes for the top N only', async () => {
    const file = join(sandbox.dir, 'prospects.csv');
    writeFileSync(
      file,
      [
        'name,headline,company,location,mutualConnections,profileUrl',
        'Anna Smit,Accountant,Smit & Co,Assen,2,',
        'Karin de Vries,Manager onboarding,Isala,Zwolle,12,https://www.linkedin.com/in/karin',
        'Tom Baker,Head of Payments,Bunq,Amsterdam,0,',
      ].join('\n'),
    );
    const result = await sandbox.run(['prospects', file, '--top', '1', '--json']);
    assert.equal(result.code, 0, result.stderr);
    const output = JSON.parse(result.stdout) as {
      prospects: {
        rank: number;
        name: string;
        score: number;
        note: { text: string; chars: number } | null;
      }[];
    };
    assert.deepEqual(
      output.prospects.map((p) => p.name),
      ['Karin de Vries', 'Anna Smit', 'Tom Baker'],
    );
    assert.match(output.prospects[0]?.note?.text ?? '', /^Hi Karin,.*onboarding at Isala/s);
    assert.equal(output.prospects[1]?.note, null);
  });

  it('reports a row without a name by line and exits 1, and a missing file with 2', async () => {
    const file = join(sandbox.dir, 'bad.csv');
    writeFileSync(file, 'name,headline\nKarin,Nurse\n,Nobody\n');
    const result = await sandbox.run(['prospects', file]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /bad\.csv line 3: no name/);
    const missing = await sandbox.run(['prospects', join(sandbox.dir, 'nope.csv')]);
    assert.equal(missing.code, 2);
  });
});
