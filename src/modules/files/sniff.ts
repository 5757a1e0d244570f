// What a file really is, from its first bytes (and, for zip-based Office files, its entry names):
// an upload named "photo.jpg" that holds a PDF or a script is refused, whatever its name says.

export type FileKind = 'image' | 'pdf' | 'word' | 'excel';

export interface Sniffed {
  kind: FileKind;
  contentType: string;
  /** The extension the stored name gets if the uploader's name lacks the right one. */
  extension: string;
}

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** Entry names of a zip archive, read from its central directory; [] if it is not a readable zip. */
export function zipEntryNames(b: Uint8Array): string[] {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65,535 (comment) bytes.
  for (let eocd = b.length - 22; eocd >= Math.max(0, b.length - 22 - 65_535); eocd--) {
    if (view.getUint32(eocd, true) !== 0x06054b50) continue;
    const count = view.getUint16(eocd + 10, true);
    let at = view.getUint32(eocd + 16, true);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      if (at + 46 > b.length || view.getUint32(at, true) !== 0x02014b50) return [];
      const nameLength = view.getUint16(at + 28, true);
      const extra = view.getUint16(at + 30, true);
      const comment = view.getUint16(at + 32, true);
      names.push(new TextDecoder().decode(b.subarray(at + 46, at + 46 + nameLength)));
      at += 46 + nameLength + extra + comment;
    }
    return names;
  }
  return [];
}

export function sniffFile(b: Uint8Array, fileName: string): Sniffed | null {
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { kind: 'image', contentType: 'image/jpeg', extension: 'jpg' };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'image', contentType: 'image/png', extension: 'png' };
  if (startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8))
    return { kind: 'image', contentType: 'image/webp', extension: 'webp' };
  if (startsWith(b, ascii('GIF87a')) || startsWith(b, ascii('GIF89a')))
    return { kind: 'image', contentType: 'image/gif', extension: 'gif' };
  if (startsWith(b, ascii('%PDF-'))) return { kind: 'pdf', contentType: 'application/pdf', extension: 'pdf' };
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(b);
    if (names.includes('word/document.xml'))
      return {
        kind: 'word',
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        extension: 'docx',
      };
    if (names.includes('xl/workbook.xml'))
      return {
        kind: 'excel',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        extension: 'xlsx',
      };
    return null;
  }
  // Word 97–2003 and Excel 97–2003 share one container (OLE2); district offices still send both.
  // The content proves it is such a document; only the name can tell which of the two.
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    const ext = fileName.toLowerCase().split('.').pop();
    if (ext === 'doc') return { kind: 'word', contentType: 'application/msword', extension: 'doc' };
    if (ext === 'xls') return { kind: 'excel', contentType: 'application/vnd.ms-excel', extension: 'xls' };
  }
  return null;
}

/** A name safe to store and to send back: no folders, no control characters, bounded length. */
export function safeFileName(name: string, extension: string): string {
  const base =
    name
      .normalize('NFC')
      .split(/[\\/]/)
      .pop()!
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f"<>:|?*]/g, '')
      .trim()
      .replace(/^\.+/, '') || 'file';
  const withExt = base.toLowerCase().endsWith(`.${extension}`) ? base : `${base}.${extension}`;
  if (withExt.length <= 200) return withExt;
  return `${base.slice(0, 200 - extension.length - 1)}.${extension}`;
}
