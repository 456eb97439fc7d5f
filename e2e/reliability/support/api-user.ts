import { SESSION_COOKIE } from '../../support/session-cookie';

export interface SessionView {
  id: string;
  isNew: boolean;
  maxInactiveInterval: number;
  attributes: { csrfToken?: string; [name: string]: unknown };
}

/**
 * One visitor speaking to the JSON API with its own cookie jar (just the
 * session cookie), the way a script with curl -b/-c would.
 */
export class ApiUser {
  cookie: string | null = null;

  constructor(readonly base: string) {}

  /** `name=value` for the Cookie header, or nothing before the first answer. */
  get cookieHeader(): Record<string, string> {
    return this.cookie ? { cookie: `${SESSION_COOKIE}=${this.cookie}` } : {};
  }

  async call(method: string, path: string, options: { json?: unknown; headers?: Record<string, string> } = {}) {
    const headers: Record<string, string> = { ...this.cookieHeader, ...options.headers };
    if (options.json !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: options.json === undefined ? undefined : JSON.stringify(options.json),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name === SESSION_COOKIE) this.cookie = value.join('=') || null;
    }
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: response.status, body, setCookie: response.headers.getSetCookie() };
  }

  async session(): Promise<SessionView> {
    const { status, body } = await this.call('GET', '/api/session');
    if (status !== 200) throw new Error(`GET /api/session answered ${status}: ${JSON.stringify(body)}`);
    return (body as { session: SessionView }).session;
  }

  async csrfToken(): Promise<string> {
    const token = (await this.session()).attributes.csrfToken;
    if (typeof token !== 'string') throw new Error('The session has no csrfToken.');
    return token;
  }

  /** PUT /api/session/max-inactive-interval; returns the status and the value the server now holds. */
  async setIdleTimeout(seconds: number, token: string) {
    const { status, body } = await this.call('PUT', '/api/session/max-inactive-interval', {
      json: { seconds },
      headers: { 'x-csrf-token': token },
    });
    return { status, value: status === 200 ? (body as { session: SessionView }).session.maxInactiveInterval : null };
  }
}
