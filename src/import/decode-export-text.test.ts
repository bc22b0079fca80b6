import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AppError } from '../core/errors/app-error.js';
import { decodeExportText } from './decode-export-text.js';

async function decode(bytes: Buffer, chunk = 3): Promise<string> {
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let start = 0; start < bytes.length; start += chunk)
      yield bytes.subarray(start, start + chunk);
  }
  let text = '';
  for await (const part of decodeExportText(chunks(), {
    source: 'export.zip',
    file: 'Connections.csv',
  })) {
    text += part;
  }
  return text;
}

const sample = 'First Name,Last Name\nZoë,Łukasz 李\n';

describe('decoding export text', () => {
  it('reads UTF-8, with multi-byte letters cut across chunks', async () => {
    for (const chunk of [1, 2, 3, 5])
      assert.equal(await decode(Buffer.from(sample), chunk), sample);
  });

  it('strips the BOM of an Excel re-save', async () => {
    assert.equal(
      await decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)])),
      sample,
    );
  });

  it('reads UTF-16 when a BOM says so, little- and big-endian', async () => {
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')]);
    assert.equal(await decode(little), sample);
    const big = Buffer.from(little);
    big.swap16();
    assert.equal(await decode(big), sample);
  });

  it('reads UTF-16 saved without a BOM, and drops NUL characters (PostgreSQL refuses them)', async () => {
    const little = Buffer.from(sample, 'utf16le');
    assert.equal(await decode(little, 64), sample);
    const big = Buffer.from(little);
    big.swap16();
    assert.equal(await decode(big, 64), sample);
    assert.equal(await decode(Buffer.from('a,b\nc\0d,e\n'), 2), 'a,b\ncd,e\n');
  });

  it('refuses bytes that are not UTF-8, naming the file and line', async () => {
    const bytes = Buffer.concat([Buffer.from('a,b\nc,d\n'), Buffer.from([0x63, 0xe9, 0x0a])]);
    await assert.rejects(
      decode(bytes, 64),
      (error: unknown) =>
        error instanceof AppError &&
        error.code === 'export-undecodable' &&
        error.details.file === 'Connections.csv' &&
        error.details.line === 3,
    );
  });

  it('reports a damaged entry as damaged, not as bad text, when its checksum fails at the end', async () => {
    async function* damaged(): AsyncGenerator<Buffer> {
      yield Buffer.from([0x61, 0xe9, 0x0a]);
      yield Buffer.from('more,text\n');
      throw new AppError('export-damaged', { path: 'export.zip', file: 'Connections.csv' });
    }
    await assert.rejects(
      async () => {
        for await (const part of decodeExportText(damaged(), {
          source: 'export.zip',
          file: 'Connections.csv',
        }))
          assert.ok(part);
      },
      (error: unknown) => error instanceof AppError && error.code === 'export-damaged',
    );
  });
});
