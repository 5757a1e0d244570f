// The editable list of (role, org unit) grants shared by "create account" and "edit roles". Units
// offered are the switcher's current unit and its children, plus any unit a row already holds.
import type { OrgUnit } from '../../api/types.js';
import { th } from '../../i18n/th.js';
import { Button } from '../../ui/Button.js';
import type { FieldErrors } from '../../ui/form.js';
import { Select, type SelectOption } from '../../ui/Select.js';
import { unitDetail, unitName } from '../org/labels.js';
import { useUnitOptions } from '../org/useUnitOptions.js';
import { MAX_ROLES, newRow, roleFieldKey, type RoleRowValue } from './grants.js';

interface RoleRowsProps {
  /** Prefix of the controls' ids: `${idPrefix}-role-N`, `${idPrefix}-unit-N`. */
  idPrefix: string;
  rows: RoleRowValue[];
  onChange: (rows: RoleRowValue[]) => void;
  roleOptions: SelectOption[];
  /** Units the account already holds roles over (kept selectable even if not otherwise listed). */
  saved?: SelectOption[];
  /** Role names for roles held but no longer offered (e.g. granted elsewhere). */
  roleNames?: Map<string, string>;
  errors: FieldErrors;
  disabled?: boolean;
}

export const roleControlId = (prefix: string, i: number, field: 'role' | 'orgUnitId') =>
  `${prefix}-${field === 'role' ? 'role' : 'unit'}-${i}`;

const unitLabel = (u: OrgUnit) => {
  const detail = unitDetail(u);
  return `${unitName(u)}${detail ? ` (${detail})` : ''}`;
};

export function RoleRows({ idPrefix, rows, onChange, roleOptions, saved, roleNames, errors, disabled }: RoleRowsProps) {
  const f = th.users.form;
  const { base, children } = useUnitOptions();
  const listed = new Set([...base, ...children].map((u) => u.id));
  const savedOnly = (saved ?? []).filter((o) => !listed.has(o.value));

  const update = (key: number, patch: Partial<RoleRowValue>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  return (
    <fieldset className="form-section role-rows" disabled={disabled}>
      <legend>{f.roles}</legend>
      <p className="field__hint">{f.rolesHint}</p>
      <ol className="role-rows__list">
        {rows.map((row, i) => {
          const offered = roleOptions.some((o) => o.value === row.role);
          const roles =
            row.role && !offered
              ? [{ value: row.role, label: roleNames?.get(row.role) ?? row.role }, ...roleOptions]
              : roleOptions;
          return (
            <li key={row.key} className="role-row" data-testid="role-row">
              <fieldset className="role-row__fields">
                <legend className="role-row__legend">{f.roleRow(i + 1)}</legend>
                <Select
                  id={roleControlId(idPrefix, i, 'role')}
                  label={f.role}
                  value={row.role}
                  onChange={(role) => update(row.key, { role })}
                  options={roles}
                  placeholder={th.common.choose}
                  error={errors[roleFieldKey(i, 'role')]}
                  requiredMark
                />
                <Select
                  id={roleControlId(idPrefix, i, 'orgUnitId')}
                  label={f.roleUnit}
                  value={row.orgUnitId}
                  onChange={(orgUnitId) => update(row.key, { orgUnitId })}
                  placeholder={th.common.choose}
                  error={errors[roleFieldKey(i, 'orgUnitId')]}
                  requiredMark
                >
                  {savedOnly.length > 0 && (
                    <optgroup label={f.groupSaved}>
                      {savedOnly.map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  {base.length > 0 && (
                    <optgroup label={f.groupCurrent}>
                      {base.map((u) => (
                        <option key={u.id} value={u.id}>
                          {unitLabel(u)}
                        </option>
                      ))}
                    </optgroup>
                  )}
                  {children.length > 0 && (
                    <optgroup label={f.groupChildren}>
                      {children.map((u) => (
                        <option key={u.id} value={u.id}>
                          {unitLabel(u)}
                        </option>
                      ))}
                    </optgroup>
                  )}
                </Select>
              </fieldset>
              {rows.length > 1 && (
                <Button
                  small
                  variant="ghost"
                  className="role-row__remove"
                  onClick={() => onChange(rows.filter((r) => r.key !== row.key))}
                  aria-label={f.removeRole(i + 1)}
                >
                  {f.remove}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
      {rows.length < MAX_ROLES && (
        <Button small onClick={() => onChange([...rows, newRow()])} data-testid="role-add">
          + {f.addRole}
        </Button>
      )}
    </fieldset>
  );
}
