import type { Context } from 'hono';

/**
 * The origin printed in links that leave the app (QR codes on paper): PUBLIC_URL when set, since
 * behind a proxy the request's own origin is the internal one; otherwise the request's origin.
 */
export function publicOrigin(c: Context): string {
  const configured = process.env.PUBLIC_URL?.trim();
  return configured ? configured.replace(/\/+$/, '') : new URL(c.req.url).origin;
}

/** The client's address as the socket reports it ('local' in-process), for per-address limits. */
export function clientAddress(c: Context): string {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'local';
}
