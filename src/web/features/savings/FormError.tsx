import type { FieldIssue } from '../../api/types.js';
import { Alert } from '../../ui/Alert.js';

/** The form-level message, with the server's issues that no field shows listed under it. */
export function FormError({ message, other, testId }: { message: string | null; other: FieldIssue[]; testId: string }) {
  if (!message) return null;
  return (
    <Alert tone="error" testId={testId}>
      <p>{message}</p>
      {other.length > 0 && (
        <ul>
          {other.map((i, n) => (
            <li key={n}>{i.messageTh}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
