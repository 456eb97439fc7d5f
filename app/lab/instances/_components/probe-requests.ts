/** One answer as the probe table shows it. */
export interface ProbeAnswer {
  n: number;
  kind: 'read' | 'write';
  status: number;
  servedBy: string;
  session: string;
  /** For writes: the session's per-instance write counts as that instance saw them. */
  hits?: Record<string, number>;
  error?: string;
}

async function answer(n: number, kind: ProbeAnswer['kind'], response: Response): Promise<ProbeAnswer> {
  const servedBy = response.headers.get('x-served-by') ?? '?';
  const body = (await response.json().catch(() => ({}))) as {
    session?: { id?: string } | string;
    hits?: Record<string, number>;
    error?: { message?: string };
  };
  const session = typeof body.session === 'string' ? body.session : (body.session?.id ?? '—');
  return { n, kind, status: response.status, servedBy, session, hits: body.hits, error: body.error?.message };
}

/** GET /api/session: which instance answered and which session it found. */
export async function readOnce(n: number): Promise<ProbeAnswer & { csrfToken?: string; instanceHits?: Record<string, number> }> {
  const response = await fetch('/api/session', { cache: 'no-store' });
  const copy = response.clone();
  const result = await answer(n, 'read', response);
  const body = (await copy.json().catch(() => ({}))) as {
    session?: { attributes?: { csrfToken?: string; instanceHits?: Record<string, number> } };
  };
  return { ...result, csrfToken: body.session?.attributes?.csrfToken, instanceHits: body.session?.attributes?.instanceHits };
}

/** POST /api/lab/instances/hits: the answering instance adds one to its counter in this session. */
export async function writeOnce(n: number, csrfToken: string): Promise<ProbeAnswer> {
  const response = await fetch('/api/lab/instances/hits', { method: 'POST', headers: { 'X-CSRF-Token': csrfToken } });
  return answer(n, 'write', response);
}
