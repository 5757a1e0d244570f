// The plan's steps as a table (cards on a phone); overdue rows are marked, managers change status here.
import type { PlanStep, PlanStepStatus } from '../../api/programs-types.js';
import { thPrograms } from '../../i18n/th-programs.js';
import { Table } from '../../ui/Table.js';
import { shortDate, thaiNumber } from './labels.js';

interface Props {
  steps: PlanStep[];
  canManage: boolean;
  onStatus: (step: PlanStep, status: PlanStepStatus) => void;
}

const STATUSES: PlanStepStatus[] = ['not_started', 'in_progress', 'done'];

export function PlanStepsTable({ steps, canManage, onStatus }: Props) {
  const t = thPrograms.plan;
  return (
    <Table
      caption={t.steps}
      captionHidden
      cards
      testId="plan-steps"
      rowTestId="plan-step"
      rows={steps}
      rowKey={(s) => s.id}
      empty={t.empty}
      columns={[
        { key: 'seq', header: t.seq, cell: (s) => thaiNumber(s.seq), className: 'pg-num' },
        {
          key: 'name',
          header: t.step,
          cell: (s) => (
            <>
              {s.nameTh}
              {s.overdue && (
                <span className="status status--off pg-overdue" data-testid="step-overdue">
                  {t.overdue}
                </span>
              )}
            </>
          ),
        },
        {
          key: 'owner',
          header: t.owner,
          cell: (s) => `${s.ownerUnitNameTh}${s.ownerNote ? ` (${s.ownerNote})` : ''}`,
        },
        { key: 'start', header: t.startsOn, cell: (s) => shortDate(s.startsOn) || '—' },
        { key: 'due', header: t.dueOn, cell: (s) => shortDate(s.dueOn) },
        {
          key: 'status',
          header: t.status,
          cell: (s) =>
            canManage ? (
              <select
                className="input pg-step-status"
                aria-label={`${t.setStatus} ${thaiNumber(s.seq)}`}
                value={s.status}
                onChange={(e) => onStatus(s, e.target.value as PlanStepStatus)}
                data-testid="step-status"
              >
                {STATUSES.map((x) => (
                  <option key={x} value={x}>
                    {t.statuses[x]}
                  </option>
                ))}
              </select>
            ) : (
              t.statuses[s.status]
            ),
        },
        { key: 'done', header: t.doneOn, cell: (s) => shortDate(s.doneOn) || '—' },
        { key: 'evidence', header: t.evidence, cell: (s) => s.evidenceNote ?? '—' },
      ]}
    />
  );
}
