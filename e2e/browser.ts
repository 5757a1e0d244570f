// Browser-test support: Debian's chromium driven by playwright-core, against the real app served on
// a loopback port from an in-process test database.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/testing/test-app.js';

export const ARTIFACTS = resolve('test-artifacts');
const WEB_DIR = resolve('dist/web');

export async function ensureUiBuilt(): Promise<void> {
  if (existsSync(join(WEB_DIR, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
}

// Playwright gives each launch a fresh temporary profile of its own.
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The app with the built UI, listening on a free loopback port. */
export async function serveTestApp(): Promise<{ t: TestApp; baseUrl: string; close(): Promise<void> }> {
  await ensureUiBuilt();
  const t = await startTestApp({ webDir: WEB_DIR });
  const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => server.once('listening', () => r()));
  const { port } = server.address() as AddressInfo;
  return {
    t,
    baseUrl: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((r) => server.close(() => r()));
      await t.close();
    },
  };
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}
