import { serverTimingDuration } from '../../lib/http/server-timing';

/**
 * A visitor as the benchmarks drive one: a cookie jar over fetch, enough to
 * log in, fill a cart and pick a language through the app's own API.
 */
export class BenchVisitor {
  private readonly jar = new Map<string, string>();

  constructor(readonly base: string) {}

  /** The Cookie header a browser would send now. */
  get cookie(): string {
    return [...this.jar].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async request(path: string, init: { method?: string; body?: unknown; csrf?: string } = {}): Promise<Response> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (init.csrf) headers['x-csrf-token'] = init.csrf;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.base}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      const [name, value] = [pair!.slice(0, at), pair!.slice(at + 1)];
      if (value === '' || /max-age=0/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} answered ${response.status}: ${await response.text()}`);
    return response;
  }

  async csrfToken(): Promise<string> {
    const { session } = (await (await this.request('/api/session')).json()) as { session: { attributes: { csrfToken: string } } };
    return session.attributes.csrfToken;
  }

  /** Signs in as alice; answers how long POST /api/login took as the client waited, and the password check's part (the server's Server-Timing), in ms. */
  async login(): Promise<{ wholeMs: number; passwordMs: number }> {
    const csrf = await this.csrfToken();
    const started = performance.now();
    const response = await this.request('/api/login', { method: 'POST', csrf, body: { username: 'alice', password: 'wonderland' } });
    await response.arrayBuffer();
    const wholeMs = performance.now() - started;
    const passwordMs = serverTimingDuration(response.headers.get('server-timing'), 'password');
    if (passwordMs === null) throw new Error('POST /api/login answered without a Server-Timing password duration.');
    return { wholeMs, passwordMs };
  }

  /**
   * Alice, two cart lines, Korean: then the stateless lab's sign-in copies the
   * same user, cart and language into iron-session's cookie, so both cookies
   * of this jar stand for the same data.
   */
  /** A new visitor who has become the typical user (below) on the server at `base`. */
  static async typicalUser(base: string): Promise<BenchVisitor> {
    const visitor = new BenchVisitor(base);
    await visitor.becomeTypicalUser();
    return visitor;
  }

  async becomeTypicalUser(): Promise<void> {
    await this.login();
    const csrf = await this.csrfToken();
    await this.request('/api/cart/items', { method: 'POST', csrf, body: { productId: 'green-tea', quantity: 2 } });
    await this.request('/api/cart/items', { method: 'POST', csrf, body: { productId: 'pencil', quantity: 1 } });
    await this.request('/api/language', { method: 'PUT', csrf, body: { language: 'ko' } });
    await this.request('/api/lab/stateless/login', { method: 'POST', csrf });
  }
}
