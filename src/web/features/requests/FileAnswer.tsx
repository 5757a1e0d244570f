// A file or photo field: the attached files (photos as thumbnails) and an upload button. Each
// upload is stored at once; the server decides the type from the content and applies the limit.
// Where the files live is a FileStore, so award dossiers (same field model) reuse this as is.
import { useId, useRef, useState } from 'react';
import { errorMessageTh } from '../../api/client.js';
import { requestsApi } from '../../api/requests.js';
import type { FormField, StoredFileRef } from '../../api/requests-types.js';
import { thRequests } from '../../i18n/th-requests.js';
import { Button } from '../../ui/Button.js';
import { FieldMessage } from '../../ui/TextField.js';

/** The endpoints behind one record's attachments. */
export interface FileStore {
  attach: (field: string, file: File) => Promise<unknown>;
  remove: (fileId: string) => Promise<void>;
  url: (fileId: string, inline?: boolean) => string;
}

export const submissionFiles = (submissionId: string): FileStore => ({
  attach: (field, file) => requestsApi.attach(submissionId, field, file),
  remove: (fileId) => requestsApi.removeFile(submissionId, fileId),
  url: (fileId, inline) => requestsApi.fileUrl(submissionId, fileId, inline),
});

interface Props {
  store: FileStore;
  field: FormField;
  files: StoredFileRef[];
  editable: boolean;
  error: string | undefined;
  onChanged: () => void;
}

const mb = (bytes: number | undefined) => ((bytes ?? 0) / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

export function FileAnswer({ store, field: f, files, editable, error, onChanged }: Props) {
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
      await store.attach(f.key, file);
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
      await store.remove(fileId);
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
        {editable && f.required && ' *'}
      </h3>
      {/* Read back (a sent report, a submitted dossier) the upload rules are noise; say what is there. */}
      {editable ? (
        <p className="field__hint">
          {photo ? t.photoHint(mb(f.maxBytes)) : `${f.helpTh ? `${f.helpTh} — ` : ''}${t.maxSize(mb(f.maxBytes))}`}
        </p>
      ) : (
        files.length === 0 && (
          <p className="muted" data-testid="no-files">
            {t.noFiles}
          </p>
        )
      )}
      <ul className="rq-files">
        {files.map((file) => (
          <li key={file.id} data-testid="attached-file">
            {file.contentType.startsWith('image/') && <img src={store.url(file.id, true)} alt={file.fileName} />}
            <a href={store.url(file.id)}>{file.fileName}</a>
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
