import { th } from '../i18n/th.js';
import { LinkButton } from '../ui/Button.js';
import { Page } from '../ui/Page.js';

export function NotFoundPage({ message }: { message?: string }) {
  return (
    <Page title={message ? th.common.noPermission : th.errors.notFoundTitle} narrow>
      {!message && <p>{th.errors.notFoundBody}</p>}
      <LinkButton to="/" variant="primary">
        {th.errors.goHome}
      </LinkButton>
    </Page>
  );
}
