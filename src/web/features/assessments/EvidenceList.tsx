// An indicator's evidence: the files attached (opened in a new tab) and, on a draft, an upload.
import { useId } from 'react';
import type { EvidenceFile } from '../../api/assessments-types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { Button } from '../../ui/Button.js';

const t = thAssessments.answers;

interface Props {
  code: string;
  required: boolean;
  hint: string;
  files: EvidenceFile[];
  editable: boolean;
  busy: boolean;
  onAttach: (file: File) => void;
  onRemove: (fileId: string) => void;
  urlOf: (fileId: string) => string;
}

export function EvidenceList({ code, required, hint, files, editable, busy, onAttach, onRemove, urlOf }: Props) {
  const id = useId();
  return (
    <div>
      {(required || hint || files.length > 0) && (
        <p className="field__label">
          {t.evidence}
          {hint ? `: ${hint}` : ''}
          {required && (
            <span className={`as-result ${files.length ? 'as-pass' : 'as-fail'}`}> {t.evidenceRequired}</span>
          )}
        </p>
      )}
      {files.length > 0 && (
        <ul className="as-evidence">
          {files.map((f) => (
            <li key={f.id}>
              <a href={urlOf(f.id)} target="_blank" rel="noreferrer">
                {f.fileName}
              </a>
              {editable && (
                <Button small variant="ghost" onClick={() => onRemove(f.id)} aria-label={`${t.remove} ${f.fileName}`}>
                  {t.remove}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <label htmlFor={id} className="btn btn--secondary btn--small" aria-busy={busy || undefined}>
          {required || hint || files.length > 0 ? t.attach : `${t.attach}${t.evidence}`}
          <input
            id={id}
            type="file"
            className="visually-hidden"
            accept="image/*,.pdf,.doc,.docx,.xls,.xlsx"
            data-testid={`evidence-${code}`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onAttach(file);
              e.target.value = '';
            }}
          />
        </label>
      )}
    </div>
  );
}
