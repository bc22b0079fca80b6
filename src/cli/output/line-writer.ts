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
