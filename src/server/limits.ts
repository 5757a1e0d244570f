// Connection limits for the served app, so slow or stalled clients cannot hold sockets forever:
// headers must arrive within 20 s, a whole request (a photo upload on a slow rural link included)
// within 2 minutes. Node checks these every `checkMs`; bodies are capped by size in app.ts.
import type { ServerOptions } from 'node:http';

export interface ServerLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  checkMs: number;
}

export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: 20_000,
  requestTimeoutMs: 120_000,
  keepAliveTimeoutMs: 5_000,
  checkMs: 5_000,
};

export function serverOptions(l: ServerLimits = SERVER_LIMITS): ServerOptions {
  return {
    headersTimeout: l.headersTimeoutMs,
    requestTimeout: l.requestTimeoutMs,
    keepAliveTimeout: l.keepAliveTimeoutMs,
    connectionsCheckingInterval: l.checkMs,
  };
}
