// One input of the fill-in form for a simple field type (also used for a table row's cells).
import type { FormField } from '../../api/requests-types.js';
import { thRequests } from '../../i18n/th-requests.js';
import { CheckboxGroup } from '../../ui/CheckboxGroup.js';
import { Select } from '../../ui/Select.js';
import { TextField } from '../../ui/TextField.js';
import { TextArea } from '../../ui/TextArea.js';
import { DateField } from '../savings/DateField.js';
import { MoneyField } from '../savings/MoneyField.js';

interface Props {
  field: FormField;
  label: string;
  value: string | string[];
  onChange: (v: string | string[]) => void;
  error: string | undefined;
  testId: string;
}

export function AnswerInput({ field: f, label, value, onChange, error, testId }: Props) {
  const hint = f.helpTh || undefined;
  const text = typeof value === 'string' ? value : '';
  switch (f.type) {
    case 'money':
      return (
        <MoneyField
          label={label}
          hint={hint}
          value={text}
          onChange={onChange}
          error={error}
          requiredMark={f.required}
          data-testid={testId}
        />
      );
    case 'number':
      return (
        <TextField
          label={label}
          hint={hint}
          value={text}
          onChange={onChange}
          error={error}
          requiredMark={f.required}
          inputMode={f.scale ? 'decimal' : 'numeric'}
          autoComplete="off"
          data-testid={testId}
        />
      );
    case 'date':
      return (
        <DateField
          label={label}
          value={text}
          onChange={onChange}
          error={error}
          requiredMark={f.required}
          data-testid={testId}
        />
      );
    case 'choice':
      return f.multiple ? (
        <CheckboxGroup
          legend={label}
          options={(f.options ?? []).map((o) => ({ value: o.value, label: o.labelTh }))}
          values={Array.isArray(value) ? value : []}
          onChange={onChange}
          error={error}
        />
      ) : (
        <Select
          label={label}
          hint={hint}
          value={text}
          onChange={onChange}
          placeholder={thRequests.fill.choose}
          options={(f.options ?? []).map((o) => ({ value: o.value, label: o.labelTh }))}
          error={error}
          requiredMark={f.required}
          data-testid={testId}
        />
      );
    default:
      return f.multiline ? (
        <TextArea
          label={label}
          hint={hint}
          rows={4}
          value={text}
          onChange={onChange}
          error={error}
          requiredMark={f.required}
          testId={testId}
        />
      ) : (
        <TextField
          label={label}
          hint={hint}
          value={text}
          onChange={onChange}
          error={error}
          requiredMark={f.required}
          data-testid={testId}
        />
      );
  }
}
