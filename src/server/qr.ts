// QR codes for links printed on paper or shown on a screen (ballot slips, certificate verification).
// Error correction M survives a crease or a smudge on a printed slip without making the code dense.
import QRCode from 'qrcode';

const OPTIONS = { errorCorrectionLevel: 'M', margin: 2, scale: 8 } as const;

/** PNG bytes of a QR code carrying `text`. */
export function qrPng(text: string): Promise<Buffer> {
  return QRCode.toBuffer(text, { ...OPTIONS, type: 'png' });
}

/** The same QR code as a data: URL, for embedding in HTML rendered to PDF. */
export function qrDataUrl(text: string): Promise<string> {
  return QRCode.toDataURL(text, { ...OPTIONS, type: 'image/png' });
}
