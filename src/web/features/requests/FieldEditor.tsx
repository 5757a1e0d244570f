// One field of the form builder: its type, key, Thai label, help, whether it is required or summed
// in the matrix, and the settings its type needs (decimals, options, file kinds, table columns).
import { thRequests } from '../../i18n/th-requests.js';
import { Button } from '../../ui/Button.js';
import { Select } from '../../ui/Select.js';
import { FieldMessage, TextField } from '../../ui/TextField.js';
import { TextArea } from '../../ui/TextArea.js';
import { COLUMN_TYPES, FIELD_TYPES, FILE_KINDS, newField, type DraftField } from './builder-model.js';

interface Props {
  field: DraftField;
  legend: string;
  /** The server's message for a sub-path of this field ("options", "columns[0].key"), if any. */
  issue: (sub: string) => string | undefined;
  onChange: (f: DraftField) => void;
  onRemove: () => void;
  onMoveUp?: (() => void) | undefined;
  column?: boolean;
}

function Check({
  label,
  checked,
  onChange,
  testId,
}: {
  label: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  testId?: string;
}) {
  return (
    <label>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} data-testid={testId} />
      {label}
    </label>
  );
}

export function FieldEditor({ field: f, legend, issue, onChange, onRemove, onMoveUp, column }: Props) {
  const t = thRequests.builder;
  const set = (patch: Partial<DraftField>) => onChange({ ...f, ...patch });
  const types = column ? COLUMN_TYPES : FIELD_TYPES;
  const numeric = f.type === 'number' || f.type === 'money';
  return (
    <fieldset className="rq-field-editor" data-testid={column ? 'column-editor' : 'field-editor'}>
      <legend>{legend}</legend>
      <div className="rq-grid">
        <Select
          label={t.type}
          value={f.type}
          onChange={(v) => set({ type: v as DraftField['type'], maxMb: v === 'photo' ? '5' : f.maxMb })}
          options={types.map((ty) => ({ value: ty, label: thRequests.types[ty] }))}
          data-testid="field-type"
        />
        <TextField
          label={t.label}
          value={f.labelTh}
          onChange={(v) => set({ labelTh: v })}
          error={issue('labelTh')}
          requiredMark
          data-testid="field-label"
        />
        <TextField
          label={t.key}
          value={f.key}
          onChange={(v) => set({ key: v })}
          error={issue('key')}
          autoComplete="off"
          data-testid="field-key"
        />
        <TextField label={t.help} value={f.helpTh} onChange={(v) => set({ helpTh: v })} />
      </div>
      <div className="rq-checks">
        <Check label={t.required} checked={f.required} onChange={(v) => set({ required: v })} testId="field-required" />
        {numeric && (
          <Check label={t.sum} checked={f.sumInMatrix} onChange={(v) => set({ sumInMatrix: v })} testId="field-sum" />
        )}
        {f.type === 'text' && (
          <Check label={t.multiline} checked={f.multiline} onChange={(v) => set({ multiline: v })} />
        )}
        {f.type === 'choice' && (
          <Check label={t.multiple} checked={f.multiple} onChange={(v) => set({ multiple: v })} />
        )}
      </div>
      {f.type === 'number' && (
        <TextField
          label={t.scale}
          value={f.scale}
          onChange={(v) => set({ scale: v })}
          inputMode="numeric"
          error={issue('scale')}
        />
      )}
      {f.type === 'choice' && (
        <TextArea
          label={t.options}
          rows={4}
          value={f.optionsText}
          onChange={(v) => set({ optionsText: v })}
          error={issue('options')}
          testId="field-options"
        />
      )}
      {f.type === 'file' && (
        <fieldset className="field">
          <legend className="field__label">{t.accept}</legend>
          <div className="rq-checks">
            {FILE_KINDS.map((k) => (
              <Check
                key={k}
                label={thRequests.fileKinds[k]}
                checked={f.accept.includes(k)}
                onChange={(on) => set({ accept: on ? [...f.accept, k] : f.accept.filter((x) => x !== k) })}
              />
            ))}
          </div>
          <FieldMessage error={issue('accept')} />
        </fieldset>
      )}
      {(f.type === 'file' || f.type === 'photo') && (
        <TextField
          label={t.maxMb}
          value={f.maxMb}
          onChange={(v) => set({ maxMb: v })}
          inputMode="decimal"
          error={issue('maxBytes')}
        />
      )}
      {f.type === 'table' && (
        <>
          <div className="rq-grid">
            <TextField
              label={t.minRows}
              value={f.minRows}
              onChange={(v) => set({ minRows: v })}
              inputMode="numeric"
              error={issue('minRows')}
            />
            <TextField
              label={t.maxRows}
              value={f.maxRows}
              onChange={(v) => set({ maxRows: v })}
              inputMode="numeric"
              error={issue('maxRows')}
            />
          </div>
          <h4>{t.columns}</h4>
          <FieldMessage error={issue('columns')} />
          {f.columns.map((c, j) => (
            <FieldEditor
              key={c.uid}
              column
              field={c}
              legend={t.columnN(j + 1)}
              issue={(sub) => issue(`columns[${j}].${sub}`)}
              onChange={(nc) => set({ columns: f.columns.map((x) => (x.uid === nc.uid ? nc : x)) })}
              onRemove={() => set({ columns: f.columns.filter((x) => x.uid !== c.uid) })}
            />
          ))}
          <Button
            small
            onClick={() => set({ columns: [...f.columns, newField(f.columns.length + 1, 'text', 'col')] })}
            data-testid="add-column"
          >
            {t.addColumn}
          </Button>
        </>
      )}
      <div className="rq-row-actions">
        {onMoveUp && (
          <Button small variant="ghost" onClick={onMoveUp}>
            {t.moveUp}
          </Button>
        )}
        <Button small variant="ghost" onClick={onRemove}>
          {t.removeField}
        </Button>
      </div>
    </fieldset>
  );
}
