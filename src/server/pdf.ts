// HTML → A4 PDF through Chromium's print engine (playwright-core + Debian's chromium): the one
// approach measured here that breaks Thai lines at word boundaries, places tone marks correctly and
// keeps the PDF's text layer right (TECH.md). One browser is started on first use and reused.
// The Sarabun font ships inside the app (@fontsource/sarabun, SIL OFL) and is embedded as data URLs,
// so rendering needs no network and no installed fonts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { AppError } from '../kernel/errors.js';

const require = createRequire(import.meta.url);
let browser: Promise<Browser> | undefined;
let fontCss: string | undefined;

/** @font-face rules for Sarabun 400 and 700 with every subset inlined. */
export function embeddedFontCss(): string {
  if (fontCss) return fontCss;
  const dir = dirname(require.resolve('@fontsource/sarabun/400.css'));
  fontCss = ['400.css', '700.css']
    .map((f) =>
      readFileSync(join(dir, f), 'utf8').replace(
        /src: url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)(, url\([^)]+\) format\('woff'\))?/g,
        (_, file: string) => {
          const data = readFileSync(join(dir, 'files', file)).toString('base64');
          return `src: url(data:font/woff2;base64,${data}) format('woff2')`;
        },
      ),
    )
    .join('\n');
  return fontCss;
}

const unavailable = () =>
  new AppError({
    code: 'pdf_unavailable',
    kind: 'unavailable',
    messageTh: 'ไม่สามารถสร้างไฟล์ PDF ได้ในขณะนี้ (ไม่พบโปรแกรม Chromium บนเครื่องแม่ข่าย)',
    messageEn: 'PDF rendering is unavailable: Chromium was not found on the server',
  });

/** Debian's Chromium, headless, quiet on a closed network (TECH.md); shared with the browser tests. */
export const CHROMIUM_LAUNCH = {
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
};

async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  try {
    return await chromium.launch(CHROMIUM_LAUNCH);
  } catch {
    throw unavailable();
  }
}

export async function htmlToPdf(html: string): Promise<Uint8Array> {
  browser ??= launch();
  let b: Browser;
  try {
    b = await browser;
  } catch (err) {
    browser = undefined; // try again next time (chromium may be installed later)
    throw err;
  }
  const page = await b.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await page.close();
  }
}

export async function closePdfRenderer(): Promise<void> {
  const b = browser;
  browser = undefined;
  if (b) await (await b.catch(() => undefined))?.close();
}
