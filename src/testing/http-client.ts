// A minimal cookie + CSRF client for a real server process over HTTP (crash and start-up tests).
export class HttpClient {
  private cookies = new Map<string, string>();
  constructor(private readonly base: string) {}

  async request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const h = new Headers(headers);
    if (this.cookies.size) h.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const csrf = this.cookies.get('chumchon_csrf');
    if (csrf && method !== 'GET') h.set('x-csrf-token', csrf);
    if (body !== undefined) h.set('content-type', 'application/json');
    const res = await fetch(this.base + path, {
      method,
      headers: h,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
    const text = await res.text();
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, body: (text ? JSON.parse(text) : null) as any };
  }

  async login(username: string, password: string): Promise<void> {
    const res = await this.request('POST', '/api/v1/auth/login', { username, password });
    if (res.status !== 200) throw new Error(`login failed: ${res.status}`);
  }
}

export async function waitHealthy(base: string, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${base} not healthy within ${deadlineMs} ms`);
}
