import type { ComposeState } from './compose-model.js';
import { thLetters } from '../../i18n/th-letters.js';
import { Button } from '../../ui/Button.js';
import { FieldMessage } from '../../ui/TextField.js';
import { TextField } from '../../ui/TextField.js';

type Rows = ComposeState['enclosures'];

/** สิ่งที่ส่งมาด้วย: a list of items, each with its quantity and unit ("๑ ชุด"). */
export function EnclosuresEditor({
  value,
  onChange,
  error,
}: {
  value: Rows;
  onChange: (rows: Rows) => void;
  error?: string | undefined;
}) {
  const t = thLetters.compose;
  const edit = (i: number, k: keyof Rows[number], v: string) =>
    onChange(value.map((r, j) => (j === i ? { ...r, [k]: v } : r)));
  return (
    <fieldset className="field">
      <legend className="field__label">{t.enclosures}</legend>
      {value.map((r, i) => (
        <div key={i} className="letters-enclosure">
          <TextField label={t.enclosureDescription} value={r.description} onChange={(v) => edit(i, 'description', v)} />
          <TextField
            label={t.enclosureQuantity}
            value={r.quantity}
            onChange={(v) => edit(i, 'quantity', v)}
            inputMode="numeric"
          />
          <TextField label={t.enclosureUnit} value={r.unit} onChange={(v) => edit(i, 'unit', v)} />
          <Button small variant="ghost" onClick={() => onChange(value.filter((_, j) => j !== i))}>
            {t.remove}
          </Button>
        </div>
      ))}
      <Button small onClick={() => onChange([...value, { description: '', quantity: '1', unit: 'ชุด' }])}>
        {t.addEnclosure}
      </Button>
      <FieldMessage error={error} />
    </fieldset>
  );
}
