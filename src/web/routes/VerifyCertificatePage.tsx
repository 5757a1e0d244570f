// /verify/<code>: where the QR code on a printed certificate leads. Public (no login, no app shell):
// the person scanning is usually not a staff member — an employer, a committee, the holder.
import { useEffect } from 'react';
import { ApiError } from '../api/client.js';
import { certificatesApi } from '../api/certificates.js';
import { CertificateCard } from '../features/certificates/CertificateCard.js';
import { CodeForm } from '../features/certificates/CodeForm.js';
import { groupCode } from '../features/certificates/code.js';
import '../features/certificates/certificates.css';
import { th } from '../i18n/th.js';
import { thCertificates } from '../i18n/th-certificates.js';
import { Alert } from '../ui/Alert.js';
import { BrandMark } from '../ui/BrandMark.js';
import { Button } from '../ui/Button.js';
import { Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

const t = thCertificates.verify;

export function VerifyCertificatePage({ code }: { code?: string }) {
  useEffect(() => {
    document.title = th.app.pageTitle(t.title);
  }, []);
  return (
    <main className="verify-page" id="main">
      <div className="verify-page__brand">
        <BrandMark size={40} />
        <div>
          <p className="verify-page__product">{th.app.name}</p>
          <p className="verify-page__subtitle">{t.footer}</p>
        </div>
      </div>
      <div className="verify-page__panel">
        <h1 className="verify-page__title">{t.title}</h1>
        {code ? (
          <Result key={code} code={code} />
        ) : (
          <>
            <p className="verify-page__intro">{t.intro}</p>
            <CodeForm />
          </>
        )}
      </div>
      <p className="verify-page__footer">{th.app.department}</p>
    </main>
  );
}

function Result({ code }: { code: string }) {
  // An unknown code is an answer (null), not a failure: only network or server errors offer a retry.
  const { data, error, loading, reload } = useLoad(
    (signal) =>
      certificatesApi.verify(code, signal).catch((e: unknown) => {
        if (e instanceof ApiError && e.status === 404) return null;
        throw e;
      }),
    [code],
  );
  if (loading) return <Spinner label={t.checking} />;
  if (error) {
    return (
      <Alert tone="error" actions={<Button onClick={reload}>{th.common.retry}</Button>}>
        {error}
      </Alert>
    );
  }
  if (!data) {
    return (
      <>
        <Alert tone="error" title={t.unknownTitle} testId="certificate-unknown">
          {t.unknownText}
        </Alert>
        <div className="verify-page__another">
          <CodeForm initial={groupCode(code)} />
        </div>
      </>
    );
  }
  return (
    <>
      <CertificateCard certificate={data} />
      <div className="verify-page__another">
        <h2>{t.another}</h2>
        <CodeForm />
      </div>
    </>
  );
}
