import type { ApiError, DiffResponse, Report, SaveResponse, Session } from '../protocol';

/** A refused API call: the server's words, and whether the file changed on disk. */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly conflict: boolean,
  ) {
    super(message);
  }
}

/** The editor's API, each call carrying the session's token (from the address `consent edit` printed). */
export function apiClient(token: string) {
  async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(path, {
      method,
      headers: {
        'x-consent-token': token,
        ...(body !== undefined && { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
    const json = (await response.json()) as T | ApiError;
    if (!response.ok) {
      const { error, conflict } = json as ApiError;
      throw new ApiFailure(error, conflict === true);
    }
    return json as T;
  }
  return {
    file: () => call<Session>('GET', '/api/file'),
    validate: (draft: unknown) => call<Report>('POST', '/api/validate', { draft }),
    diff: (draft: unknown, version: string) => call<DiffResponse>('POST', '/api/diff', { draft, version }),
    save: (draft: unknown, version: string) => call<SaveResponse>('POST', '/api/save', { draft, version }),
  };
}

/** The API's calls. */
export type Api = ReturnType<typeof apiClient>;
