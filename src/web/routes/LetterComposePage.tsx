// A new letter from the unit chosen in the switcher, or an existing draft to edit.
import { lettersApi } from '../api/letters.js';
import { ComposeForm } from '../features/letters/ComposeForm.js';
import { composeFromLetter, emptyCompose } from '../features/letters/compose-model.js';
import { useCurrentUnit } from '../features/org/current-unit.js';
import { thLetters } from '../i18n/th-letters.js';
import { navigate } from '../router.js';
import { Alert, useToast } from '../ui/Alert.js';
import { LoadError } from '../ui/LoadError.js';
import { Page, Spinner } from '../ui/Page.js';
import { useLoad } from '../ui/useLoad.js';

export function LetterComposePage({ id }: { id?: string }) {
  const t = thLetters.compose;
  const toast = useToast();
  const { current } = useCurrentUnit();
  const draft = useLoad((signal) => (id ? lettersApi.get(id, signal) : Promise.resolve(null)), [id]);
  const saved = (letterId: string) => {
    toast(t.saved);
    navigate(`/letters/${letterId}`);
  };
  if (draft.error) return <LoadError message={draft.error} onRetry={draft.reload} />;
  if (id && !draft.data) return <Spinner />;
  const unit = draft.data?.issuingUnit ?? current;
  return (
    <Page title={id ? t.titleEdit : t.titleNew}>
      {unit ? (
        <ComposeForm
          unit={unit}
          initial={draft.data ? composeFromLetter(draft.data) : emptyCompose()}
          {...(id ? { letterId: id } : {})}
          onSaved={(l) => saved(l.id)}
        />
      ) : (
        <Alert tone="info">{t.chooseUnit}</Alert>
      )}
    </Page>
  );
}
