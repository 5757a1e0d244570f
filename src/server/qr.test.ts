import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeQrPng } from '../testing/decode-qr.js';
import { qrDataUrl, qrPng } from './qr.js';

test('a QR code decodes back to the exact link, Thai path included', async () => {
  const url = 'http://127.0.0.1:8080/v/AB12CD34?หมวด=จิตอาสา';
  assert.equal(decodeQrPng(await qrPng(url)), url);
  const dataUrl = await qrDataUrl(url);
  assert.match(dataUrl, /^data:image\/png;base64,/);
  assert.equal(decodeQrPng(Buffer.from(dataUrl.split(',')[1]!, 'base64')), url);
});
