// Shown instead of the app while the account still has its initial password: the server refuses
// everything else until it is changed.
import { useEffect, useState } from 'react';
import { ChangePasswordForm } from '../features/auth/ChangePasswordForm.js';
import { displayName, useSession } from '../features/auth/session.js';
import { th } from '../i18n/th.js';
import { Alert } from '../ui/Alert.js';
import { BrandMark } from '../ui/BrandMark.js';
import { Button } from '../ui/Button.js';

export function PasswordRequiredPage() {
  const { me, logout } = useSession();
  const [leaving, setLeaving] = useState(false);
  useEffect(() => {
    document.title = th.app.pageTitle(th.password.title);
  }, []);
  return (
    <main className="login" id="main">
      <div className="login__panel login__panel--wide">
        <div className="login__brand">
          <BrandMark size={48} />
          <div>
            <p className="login__product">{th.app.name}</p>
            <p className="login__subtitle">{displayName(me)}</p>
          </div>
        </div>
        <h1 className="login__title">{th.password.title}</h1>
        <div className="stack">
          <Alert tone="warning">{th.password.mustChange}</Alert>
          <p className="muted">{th.password.intro}</p>
          <ChangePasswordForm plain />
          <Button
            variant="ghost"
            small
            busy={leaving}
            busyLabel={th.nav.loggingOut}
            onClick={() => {
              setLeaving(true);
              void logout();
            }}
          >
            {th.nav.logout}
          </Button>
        </div>
      </div>
    </main>
  );
}
