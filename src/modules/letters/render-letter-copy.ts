import type { UseCaseContext } from '../../server/context.js';
import { embeddedFontCss, htmlToPdf } from '../../server/pdf.js';
import { getLetterCopy } from './get-letter-copy.js';
import { letterDocx } from './letter-docx.js';
import { letterHtml } from './letter-html.js';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** One registered copy as a file, for its issuer or its addressee. */
export async function renderLetterCopy(
  ctx: UseCaseContext,
  copyId: string,
  format: 'pdf' | 'docx',
): Promise<{ bytes: Uint8Array; asciiName: string; thaiName: string }> {
  const copy = await getLetterCopy(ctx, copyId);
  const bytes =
    format === 'pdf' ? await htmlToPdf(letterHtml(copy.document, embeddedFontCss())) : await letterDocx(copy.document);
  const base = `${copy.year}-${copy.series === 'circular' ? 'w' : 'n'}${copy.runningNo}`;
  return {
    bytes,
    asciiName: `letter-${base}.${format}`,
    thaiName: `หนังสือ ${copy.number.replace(/\//g, '-')} ${copy.addressee.nameTh}.${format}`,
  };
}
