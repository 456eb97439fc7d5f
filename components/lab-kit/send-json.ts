/**
 * For the labs' client components: one JSON request to our API, with the
 * session's CSRF token fetched fresh from GET /api/session first (a login or
 * logout in between changes it). Browser-only.
 */
export interface JsonAnswer {
  status: number;
  body: Record<string, unknown>;
}

export interface ApiErrorBody {
  error?: { code?: string; message?: string };
}

export async function csrfToken(): Promise<string> {
  const response = await fetch('/api/session', { cache: 'no-store' });
  const { session } = (await response.json()) as { session: { attributes: { csrfToken: string } } };
  return session.attributes.csrfToken;
}

export async function sendJson(
  method: string,
  path: string,
  { body, token }: { body?: unknown; token?: string | null } = {},
): Promise<JsonAnswer> {
  const headers: Record<string, string> = {};
  // token: null sends no token on purpose (the CSRF experiment).
  const csrf = token === undefined ? await csrfToken() : token;
  if (csrf) headers['X-CSRF-Token'] = csrf;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store' });
  let parsed: Record<string, unknown> = {};
  try {
    parsed = (await response.json()) as Record<string, unknown>;
  } catch {
    // Not JSON (e.g. an HTML error page): the status alone tells the story.
  }
  return { status: response.status, body: parsed };
}

export function errorOf(answer: JsonAnswer): { code: string; message: string } | null {
  const error = (answer.body as ApiErrorBody).error;
  return error ? { code: error.code ?? '', message: error.message ?? '' } : null;
}
