import { createWriteStream } from 'node:fs';
import { truncate } from 'node:fs/promises';
import { once } from 'node:events';
import { crc32, createDeflateRaw } from 'node:zlib';

/** One entry for writeZip. Tests may give hostile names and lying sizes on purpose. */
export interface ZipInputEntry {
  /** The stored name, unchecked: `../evil.csv` and `/etc/x` are written as given. */
  name: string;
  content: string | Buffer | (() => AsyncIterable<string | Buffer>);
  method?: 'deflate' | 'store';
  /** Writes this uncompressed size into the central directory instead of the real one. */
  declaredSize?: number;
}

export interface WrittenZip {
  bytes: number;
  entries: { name: string; size: number; compressedSize: number }[];
}

async function* chunksOf(content: ZipInputEntry['content']): AsyncGenerator<Buffer> {
  if (typeof content === 'string') yield Buffer.from(content, 'utf8');
  else if (Buffer.isBuffer(content)) yield content;
  else
    for await (const chunk of content())
      yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

/**
 * A minimal streaming ZIP writer for tests and the benchmark (no ZIP64: entries stay under
 * 4 GiB). Each entry is deflated as it is generated and followed by a data descriptor, so a
 * million-message export never sits in memory.
 */
export async function writeZip(
  path: string,
  entries: readonly ZipInputEntry[],
  options: { truncateTo?: number } = {},
): Promise<WrittenZip> {
  const out = createWriteStream(path);
  let offset = 0;
  const write = async (buffer: Buffer): Promise<void> => {
    offset += buffer.length;
    if (!out.write(buffer)) await once(out, 'drain');
  };
  const central: Buffer[] = [];
  const written: WrittenZip['entries'] = [];
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const method = entry.method === 'store' ? 0 : 8;
    const headerOffset = offset;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // data descriptor follows; UTF-8 names
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt16LE(name.length, 26);
    await write(Buffer.concat([local, name]));

    let crc = 0;
    let size = 0;
    let compressedSize = 0;
    if (method === 0) {
      for await (const chunk of chunksOf(entry.content)) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        compressedSize += chunk.length;
        await write(chunk);
      }
    } else {
      const deflate = createDeflateRaw({ level: 6 });
      const drained = (async () => {
        for await (const chunk of deflate as AsyncIterable<Buffer>) {
          compressedSize += chunk.length;
          await write(chunk);
        }
      })();
      for await (const chunk of chunksOf(entry.content)) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        if (!deflate.write(chunk)) await once(deflate, 'drain');
      }
      deflate.end();
      await drained;
    }
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc >>> 0, 4);
    descriptor.writeUInt32LE(compressedSize, 8);
    descriptor.writeUInt32LE(size, 12);
    await write(descriptor);

    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(0x0808, 8);
    record.writeUInt16LE(method, 10);
    record.writeUInt16LE(0, 12);
    record.writeUInt16LE(0x21, 14);
    record.writeUInt32LE(crc >>> 0, 16);
    record.writeUInt32LE(compressedSize, 20);
    record.writeUInt32LE(entry.declaredSize ?? size, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(headerOffset, 42);
    central.push(Buffer.concat([record, name]));
    written.push({ name: entry.name, size, compressedSize });
  }
  const centralStart = offset;
  const centralDirectory = Buffer.concat(central);
  await write(centralDirectory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDirectory.length, 12);
  end.writeUInt32LE(centralStart, 16);
  await write(end);
  out.end();
  await once(out, 'close');
  if (options.truncateTo !== undefined) await truncate(path, options.truncateTo);
  return { bytes: options.truncateTo ?? offset, entries: written };
}
