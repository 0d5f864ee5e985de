// The browser's side of /api/v1: JSON in and out, and a problem+json answer
// turned into an Error carrying the server's message.
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly fields?: Record<string, string[]>,
    // The whole problem+json body, for answers that carry more (a stale
    // save's conflict with both texts).
    readonly problem?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  const response = await fetch(path, {
    method: init.method ?? "GET",
    headers: init.body === undefined ? undefined : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: init.signal,
  });
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(data?.detail ?? `Request failed (${response.status})`, response.status, data?.errors, data ?? undefined);
  }
  return data as T;
}
