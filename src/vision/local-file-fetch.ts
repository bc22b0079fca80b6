import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

/**
 * Node's fetch cannot read `file://` URLs ("not implemented... yet"), but the face models are
 * loaded through fetch from the package's own folder. This wrapper serves `file://` from disk
 * and hands every other URL to the fetch it replaced, untouched. It never opens a connection
 * itself: the model base path points at the package folder, so nothing is downloaded.
 */
let installed = false;

export function installLocalFileFetch(): void {
  if (installed) return;
  installed = true;
  const delegate = globalThis.fetch;
  const localFetch = async (
    input: string | URL | Request,
    init?: RequestInit,
  ): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('file://')) return delegate(input, init);
    try {
      const body = await readFile(fileURLToPath(url));
      return new Response(body, { status: 200 });
    } catch {
      return new Response(null, { status: 404, statusText: `not found: ${url}` });
    }
  };
  globalThis.fetch = localFetch as typeof fetch;
}
