// Test support: read a QR code back out of a PNG (a rendered page or a QR image), so tests check what
// a phone camera would see rather than the text we meant to encode.
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

// jsqr is CommonJS with an ES-style default in its types: under NodeNext the import is the module.
const jsQR = jsQRModule.default;

export function decodeQrPng(png: Buffer): string | null {
  const image = PNG.sync.read(png);
  const found = jsQR(
    new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length),
    image.width,
    image.height,
  );
  return found?.data ?? null;
}
