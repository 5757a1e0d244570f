// The whole ระเบียบ editor — money rules, loan types, profit allocation — used when registering a
// group and when adding a new rule-set version.
import type { FieldIssue } from '../../api/types.js';
import { AllocationEditor } from './AllocationEditor.js';
import type { GroupValues } from './group-form-model.js';
import { issueAt } from './issues.js';
import { LoanTypesEditor } from './LoanTypesEditor.js';
import { RulesFields } from './RulesFields.js';

interface Props {
  values: GroupValues;
  set: (patch: Partial<GroupValues>) => void;
  issues: FieldIssue[];
}

export function RulesEditor({ values, set, issues }: Props) {
  const issue = (path: string) => issueAt(issues, path);
  return (
    <>
      <RulesFields values={values} set={set} issue={issue} />
      <LoanTypesEditor
        values={values.loanTypes}
        onChange={(loanTypes) => set({ loanTypes })}
        issue={issue}
        listError={issues.find((i) => i.path === 'rules.loanTypes')?.messageTh}
      />
      <AllocationEditor values={values.allocation} onChange={(allocation) => set({ allocation })} issues={issues} />
    </>
  );
}
