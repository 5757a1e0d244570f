import { ChangePasswordForm } from '../features/auth/ChangePasswordForm.js';
import { useSession } from '../features/auth/session.js';
import { th } from '../i18n/th.js';
import { Alert } from '../ui/Alert.js';
import { Page } from '../ui/Page.js';

export function PasswordPage() {
  const { me } = useSession();
  return (
    <Page title={th.password.title} description={th.password.intro} narrow>
      {me.mustChangePassword && <Alert tone="warning">{th.password.mustChange}</Alert>}
      <ChangePasswordForm />
    </Page>
  );
}
