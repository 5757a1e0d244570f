// Files for the demo dossiers' required evidence fields: a plain drawn landscape (sky, sun, two
// hills) in a tint of the caller's choice, as a real PNG, or as a one-page A4 PDF showing it, so the
// files module's content sniffing accepts them like any upload. The seeders name every such file
// "(สาธิต)"; no photograph or document of a real activity is presented. Drawn here rather than
// shipped as assets: a few kilobytes, no binary in the repository, and a tint per district.
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The picture as PNG scanlines: each row a filter byte (0, none) and its RGB pixels. */
function landscape(hue: number, width: number, height: number): Buffer {
  const [hr, hg, hb] = hsl(hue, 0.45, 0.42);
  const rows = Buffer.alloc((width * 3 + 1) * height);
  const sun = { x: width * 0.75, y: height * 0.28, r: height * 0.11 };
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    rows[row] = 0; // filter: none
    for (let x = 0; x < width; x++) {
      const far = height * (0.62 - 0.08 * Math.sin((x / width) * Math.PI * 1.6));
      const near = height * (0.78 - 0.1 * Math.cos((x / width) * Math.PI * 2.2 + 0.6));
      let rgb: [number, number, number];
      if (y > near) rgb = [hr, hg, hb];
      else if (y > far) rgb = [Math.min(255, hr + 40), Math.min(255, hg + 40), Math.min(255, hb + 40)];
      else if ((x - sun.x) ** 2 + (y - sun.y) ** 2 < sun.r ** 2) rgb = [250, 204, 92];
      else {
        const t = y / far;
        rgb = [Math.round(150 + 70 * t), Math.round(200 + 40 * t), 245];
      }
      rows.set(rgb, row + 1 + x * 3);
    }
  }
  return rows;
}

/** A width × height RGB PNG; `hue` (0–359) tints the hills. */
export function demoPhotoPng(hue: number, width = 480, height = 320): Uint8Array {
  const rows = landscape(hue, width, height);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, no filter method, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * A one-page A4 PDF with the picture: the PNG scanlines go in as they are, since a PDF Flate
 * stream with the PNG predictor (15) decodes exactly that layout.
 */
export function demoDocumentPdf(hue: number, width = 480, height = 320): Uint8Array {
  const image = deflateSync(landscape(hue, width, height));
  const draw = Buffer.from(`q ${width} 0 0 ${height} ${(595 - width) / 2} ${842 - 80 - height} cm /Im1 Do Q`);
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    ),
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /DecodeParms << /Predictor 15 /Colors 3 /BitsPerComponent 8 /Columns ${width} >> /Length ${image.length} >>\nstream\n`,
      ),
      image,
      Buffer.from('\nendstream'),
    ]),
    Buffer.concat([Buffer.from(`<< /Length ${draw.length} >>\nstream\n`), draw, Buffer.from('\nendstream')]),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let at = parts[0]!.length;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    offsets.push(at);
    parts.push(obj);
    at += obj.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`];
  for (const o of offsets) xref.push(`${String(o).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`);
  parts.push(Buffer.from(xref.join('')));
  return Buffer.concat(parts);
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1));
  return [Math.round(f(0) * 255), Math.round(f(8) * 255), Math.round(f(4) * 255)];
}
