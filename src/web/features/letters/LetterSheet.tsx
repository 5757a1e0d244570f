// One copy drawn as the paper letter (preview before issuing, and the copy page of an inbox).
import type { LetterDocument } from '../../api/letters-types.js';
import './letters.css';

export function LetterSheet({ doc }: { doc: LetterDocument }) {
  return (
    <article className="letter-sheet" data-testid="letter-sheet" lang="th">
      {doc.urgency && <p className="letter-sheet__urgency">{doc.urgency}</p>}
      {/* The Garuda emblem's place; no emblem image ships with the app. */}
      <div className="letter-sheet__garuda" aria-hidden="true" />
      <div className="letter-sheet__head">
        <p>ที่ {doc.number}</p>
        <div>
          {[doc.officeName, ...doc.officeAddress].map((l, i) => (
            <p key={i}>{l}</p>
          ))}
        </div>
      </div>
      <p className="letter-sheet__date">{doc.date}</p>
      <p className="letter-sheet__row">
        <span>เรื่อง</span>
        <span>{doc.subject}</span>
      </p>
      <p className="letter-sheet__row">
        <span>เรียน</span>
        <span data-testid="letter-salutation">{doc.salutation}</span>
      </p>
      {doc.reference && (
        <p className="letter-sheet__row">
          <span>อ้างถึง</span>
          <span>{doc.reference}</span>
        </p>
      )}
      {doc.enclosures.length > 0 && (
        <div className="letter-sheet__row">
          <span>สิ่งที่ส่งมาด้วย</span>
          <span>
            {doc.enclosures.map((e, i) => (
              <p key={i}>
                {doc.enclosures.length > 1 ? `${i + 1}. ` : ''}
                {e.description} จำนวน {e.quantity}
              </p>
            ))}
          </span>
        </div>
      )}
      <div className="letter-sheet__body">
        {doc.body.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <div className="letter-sheet__sign">
        <p>{doc.closing}</p>
        <p className="letter-sheet__name">({doc.signerName})</p>
        {doc.signerPosition.map((l, i) => (
          <p key={i}>{l}</p>
        ))}
      </div>
      <div className="letter-sheet__owner">
        {doc.ownerUnit.map((l, i) => (
          <p key={i}>{l}</p>
        ))}
        <p>โทร. {doc.phone}</p>
        {doc.email && <p>อีเมล {doc.email}</p>}
      </div>
    </article>
  );
}
