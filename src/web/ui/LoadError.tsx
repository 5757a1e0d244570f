import { th } from '../i18n/th.js';
import { Alert } from './Alert.js';
import { Button } from './Button.js';

/** A failed load with a retry button. */
export function LoadError({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Alert
      tone="error"
      actions={
        <Button small onClick={onRetry}>
          {th.common.retry}
        </Button>
      }
    >
      {message}
    </Alert>
  );
}
