/**
 * A stored file as an HTTP response. Images may be shown inline (an <img> on a report page);
 * everything else downloads. The content type is the sniffed one and nosniff stops the browser
 * from second-guessing it; the Thai name travels in RFC 5987 form with an ASCII fallback.
 */
export function fileDownload(
  file: { fileName: string; contentType: string; content: Uint8Array },
  opts: { inline?: boolean } = {},
): Response {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const disposition = opts.inline && file.contentType.startsWith('image/') ? 'inline' : 'attachment';
  return new Response(file.content as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      'content-type': file.contentType,
      'content-length': String(file.content.length),
      'content-disposition': `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
}
