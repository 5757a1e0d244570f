import { lettersApi } from '../../api/letters.js';
import { thLetters } from '../../i18n/th-letters.js';

/** The browser downloads the files itself: plain links, so they work on phones too. */
export function CopyDownloads({ copyId }: { copyId: string }) {
  return (
    <span className="letters-actions">
      <a className="btn btn--secondary btn--small" href={lettersApi.pdfUrl(copyId)} data-testid="copy-pdf">
        {thLetters.letter.pdf}
      </a>
      <a className="btn btn--secondary btn--small" href={lettersApi.docxUrl(copyId)} data-testid="copy-docx">
        {thLetters.letter.docx}
      </a>
    </span>
  );
}
