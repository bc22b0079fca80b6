import type { UiLanguage } from '../i18n/i18n.js';

/** An error the API answered with: its code and one sentence in the UI language. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let uiLanguage: UiLanguage = 'en';

/** The server writes its texts (reasons, advice, errors) in the language of the UI that asks. */
export function setApiLanguage(language: UiLanguage): void {
  uiLanguage = language;
}

async function errorOf(response: Response): Promise<ApiError> {
  try {
    const body = (await response.json()) as { error?: { code?: string; message?: string } };
    return new ApiError(
      response.status,
      body.error?.code ?? 'http',
      body.error?.message ?? response.statusText,
    );
  } catch {
    return new ApiError(response.status, 'http', `${response.status} ${response.statusText}`);
  }
}

let signedOutHandler: (() => void) | undefined;

/**
 * Called when an answer says the shared server's session is gone (expired, ended elsewhere):
 * the app then shows the sign-in page instead of an error on every page.
 */
export function onSignedOut(handler: (() => void) | undefined): void {
  signedOutHandler = handler;
}

/** A JSON call to /api; the session cookie goes along (same origin). */
export async function api<T>(
  path: string,
  init: { method?: string; json?: unknown; body?: BodyInit; contentType?: string } = {},
): Promise<T> {
  const headers: Record<string, string> = { 'X-Netwerk-Language': uiLanguage };
  if (init.json !== undefined) headers['Content-Type'] = 'application/json';
  if (init.contentType) headers['Content-Type'] = init.contentType;
  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method: init.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body: init.json !== undefined ? JSON.stringify(init.json) : (init.body ?? null),
    });
  } catch {
    throw new ApiError(0, 'offline', '');
  }
  if (!response.ok) {
    const error = await errorOf(response);
    if (error.status === 401 && error.code === 'login-required' && !path.startsWith('/auth/')) {
      signedOutHandler?.();
    }
    throw error;
  }
  return (await response.json()) as T;
}

/**
 * Uploads a file with progress (fetch has no upload progress; XMLHttpRequest does). The body is
 * the raw file; its name travels in a header.
 */
export function uploadWithProgress<T>(
  path: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api${path}`);
    request.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.setRequestHeader('X-Netwerk-Language', uiLanguage);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onerror = () => reject(new ApiError(0, 'offline', ''));
    request.onload = () => {
      let body: { error?: { code?: string; message?: string } } & Record<string, unknown> = {};
      try {
        body = JSON.parse(request.responseText) as typeof body;
      } catch {
        body = {};
      }
      if (request.status >= 200 && request.status < 300) resolve(body as T);
      else
        reject(
          new ApiError(
            request.status,
            body.error?.code ?? 'http',
            body.error?.message ?? request.statusText,
          ),
        );
    };
    request.send(file);
  });
}
