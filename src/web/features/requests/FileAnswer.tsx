// A file or photo field: the attached files (photos as thumbnails) and an upload button. Each
// upload is stored at once; the server decides the type from the content and applies the limit.
import { useId, useRef, useState } from 'react';
import { errorMessageTh } from '../../api/client.js';
import { requestsApi } from '../../api/requests.js';
import type { FormField, StoredFileRef } from '../../api/requests-types.js';
import { thRequests } from '../../i18n/th-requests.js';
import { Button } from '../../ui/Button.js';
import { FieldMessage } from '../../ui/TextField.js';

interface Props {
  submissionId: string;
  field: FormField;
  files: StoredFileRef[];
  editable: boolean;
  error: string | undefined;
  onChanged: () => void;
}

const mb = (bytes: number | undefined) => ((bytes ?? 0) / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

export function FileAnswer({ submissionId, field: f, files, editable, error, onChanged }: Props) {
  const t = thRequests.fill;
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const photo = f.type === 'photo';
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setUploadError(null);
    try {
      await requestsApi.attach(submissionId, f.key, file);
      onChanged();
    } catch (e) {
      setUploadError(errorMessageTh(e));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = '';
    }
  };
  const remove = async (fileId: string) => {
    try {
      await requestsApi.removeFile(submissionId, fileId);
      onChanged();
    } catch (e) {
      setUploadError(errorMessageTh(e));
    }
  };
  return (
    <div
      className={['rq-answer', 'field', error || uploadError ? 'field--error' : ''].join(' ')}
      data-testid={`files-${f.key}`}
    >
      <h3 id={`${id}-label`}>
        {f.labelTh}
        {f.required && ' *'}
      </h3>
      <p className="field__hint">
        {photo ? t.photoHint(mb(f.maxBytes)) : `${f.helpTh ? `${f.helpTh} — ` : ''}${t.maxSize(mb(f.maxBytes))}`}
      </p>
      <ul className="rq-files">
        {files.map((file) => (
          <li key={file.id} data-testid="attached-file">
            {file.contentType.startsWith('image/') && (
              <img src={requestsApi.fileUrl(submissionId, file.id, true)} alt={file.fileName} />
            )}
            <a href={requestsApi.fileUrl(submissionId, file.id)}>{file.fileName}</a>
            {editable && (
              <Button
                small
                variant="ghost"
                onClick={() => remove(file.id)}
                aria-label={`${t.removeFile} ${file.fileName}`}
              >
                {t.removeFile}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {editable && (
        <>
          <input
            ref={input}
            id={`${id}-input`}
            type="file"
            className="visually-hidden"
            accept={photo ? 'image/*' : undefined}
            aria-labelledby={`${id}-label`}
            onChange={(e) => upload(e.target.files?.[0])}
            data-testid={`upload-${f.key}`}
          />
          <div>
            <Button small busy={busy} busyLabel={t.uploading} onClick={() => input.current?.click()}>
              {photo ? t.uploadPhoto : t.upload}
            </Button>
          </div>
        </>
      )}
      <FieldMessage error={uploadError ?? error} />
    </div>
  );
}
