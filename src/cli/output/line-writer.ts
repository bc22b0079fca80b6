import type { Writable } from 'node:stream';

/**
 * Writes to a stream and waits when it asks to (backpressure), so streaming a large result
 * never piles up in memory.
 */
export async function writeRespectingBackpressure(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) {
    await new Promise<void>((resolve, reject) => {
      const done = (): void => {
        stream.off('drain', done);
        stream.off('error', fail);
        resolve();
      };
      const fail = (error: Error): void => {
        stream.off('drain', done);
        reject(error);
      };
      stream.once('drain', done);
      stream.once('error', fail);
    });
  }
}

/**
 * Collects small writes and hands them to the stream in chunks: one write call per result
 * line cost more than triaging the invitation (docs/performance.md).
 */
export class BufferedWriter {
  private buffer = '';

  constructor(
    private readonly stream: Writable,
    private readonly flushAtChars = 64 * 1024,
  ) {}

  async write(text: string): Promise<void> {
    this.buffer += text;
    if (this.buffer.length >= this.flushAtChars) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    await writeRespectingBackpressure(this.stream, chunk);
  }
}
