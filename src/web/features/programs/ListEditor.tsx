// A numbered list of paragraphs (วัตถุประสงค์ ๒.๑, ๒.๒ …): add, edit, remove.
import { toThaiDigits } from '../../../kernel/thai-digits.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { Button } from '../../ui/Button.js';
import { FieldMessage } from '../../ui/TextField.js';

interface Props {
  id: string;
  legend: string;
  section: number;
  items: string[];
  onChange: (items: string[]) => void;
  error?: string | undefined;
}

export function ListEditor({ id, legend, section, items, onChange, error }: Props) {
  const t = thPrograms.form;
  const set = (i: number, v: string) => onChange(items.map((x, j) => (j === i ? v : x)));
  return (
    <fieldset className="pg-fieldset" data-testid={`${id}-list`}>
      <legend className="field__label">{legend}</legend>
      {items.map((item, i) => {
        const no = toThaiDigits(`${section}.${i + 1}`);
        return (
          <div key={i} className="pg-list-row">
            <label htmlFor={`${id}-${i}`} className="pg-list-no">
              {no}
            </label>
            <textarea
              id={`${id}-${i}`}
              className="input textarea"
              value={item}
              onChange={(e) => set(i, e.target.value)}
              aria-invalid={error && !item.trim() ? true : undefined}
              data-testid={`${id}-${i}`}
            />
            {items.length > 1 && (
              <Button
                small
                variant="ghost"
                onClick={() => onChange(items.filter((_, j) => j !== i))}
                aria-label={`${t.remove} ${no}`}
              >
                {t.remove}
              </Button>
            )}
          </div>
        );
      })}
      <FieldMessage error={error} />
      <Button small onClick={() => onChange([...items, ''])} data-testid={`${id}-add`}>
        {t.addItem}
      </Button>
    </fieldset>
  );
}
