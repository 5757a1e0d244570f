// Browser-test support: Debian's chromium driven by playwright-core, against the real app served on
// a loopback port from an in-process test database.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { chromium, type Browser, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/db/seed/demo.js';
import { CHROMIUM_LAUNCH } from '../src/server/pdf.js';
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
  return chromium.launch(CHROMIUM_LAUNCH);
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

/** Logs a demo user in through the login form and waits for the signed-in shell. */
export async function loginAs(page: Page, baseUrl: string, username: string): Promise<void> {
  await page.goto(baseUrl + '/');
  const form = page.getByTestId('login-form');
  await form.getByRole('textbox', { name: 'ชื่อผู้ใช้' }).fill(username);
  await form.locator('input[type=password]').fill(DEMO_PASSWORD);
  await form.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await page.getByTestId('current-user').waitFor({ state: 'attached' }); // hidden in the phone menu
}

/** Pixels the page is wider than the window (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Waits for what a submitted form leads to; when the form shows its error instead, fails with the
 * error's text (and a screenshot) rather than a bare timeout, so a failure in CI says why.
 */
export async function expectSubmitted(page: Page, successTestId: string, errorTestId: string): Promise<void> {
  const success = page.getByTestId(successTestId);
  const error = page.getByTestId(errorTestId);
  await success.or(error).first().waitFor();
  if (await success.isVisible()) return;
  await page.screenshot({ path: artifactPath(`failed-${successTestId}.png`), fullPage: true });
  throw new Error(`the form showed an error instead of ${successTestId}: ${await error.innerText()}`);
}
