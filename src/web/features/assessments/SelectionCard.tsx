// The selection as the province (or the department) runs it: one section per province it manages,
// with the quota, the groups chosen in rank order with the Thai reason each was chosen, a button
// to run the selection where none was made and one to clear it (confirmed, with what will be
// removed) while no district has held a forum there.
import { useState } from 'react';
import { api, errorMessageTh } from '../../api/client.js';
import { assessmentsApi } from '../../api/assessments.js';
import type { Program, SelectionResult, Target } from '../../api/assessments-types.js';
import { thAssessments } from '../../i18n/th-assessments.js';
import { useToast } from '../../ui/Alert.js';
import { Button } from '../../ui/Button.js';
import { ConfirmDialog } from '../../ui/ConfirmDialog.js';
import { Card } from '../../ui/Page.js';
import { useLoad } from '../../ui/useLoad.js';
import { useCurrentUnit } from '../org/current-unit.js';
import { ClearSelectionDialog } from './ClearSelectionDialog.js';
import {
  clearBlockedTh,
  managedProvinces,
  provinceSelections,
  resultTh,
  statusTh,
  type ProvinceSelection,
} from './selection-model.js';

const t = thAssessments.selection;
type Run = { provinceIds: string[] | null; titleTh: string; quota: number | null };

function useManagedProvinces(p: Program) {
  const { scope } = useCurrentUnit();
  const department = scope.find((u) => u.kind === 'department');
  const all = useLoad(
    async (signal) =>
      department && p.canManage
        ? (await api.orgChildren(department.id, signal)).items.filter((u) => u.kind === 'province' && u.hasOffice)
        : [],
    [department?.id, p.canManage],
  );
  return managedProvinces(p, scope, all.data ?? []);
}

export function SelectionCard({
  program: p,
  targets,
  onChanged,
}: {
  program: Program;
  targets: Target[];
  onChanged: () => void;
}) {
  const toast = useToast();
  const provinces = useManagedProvinces(p);
  const rows = provinceSelections(p, provinces, targets);
  const [run, setRun] = useState<Run | null>(null);
  const [clearing, setClearing] = useState<ProvinceSelection | null>(null);
  const [results, setResults] = useState<Map<string, SelectionResult['provinces'][number]>>(new Map());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (rows.length === 0) return null;

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      setRun(null);
      setClearing(null);
      onChanged();
    } catch (e) {
      setError(errorMessageTh(e));
    } finally {
      setBusy(false);
    }
  };
  const select = (r: Run) =>
    act(async () => {
      const out = await assessmentsApi.select(p.id, r.provinceIds ?? undefined);
      setResults((m) => new Map([...m, ...out.provinces.map((x) => [x.province.id, x] as const)]));
      toast(thAssessments.program.selected(out.provinces.reduce((a, x) => a + x.selected, 0)));
    });
  const clear = (s: ProvinceSelection, reason: string) =>
    act(async () => {
      const { removed } = await assessmentsApi.clearSelection(p.id, s.province.id, reason);
      setResults((m) => new Map([...m].filter(([id]) => id !== s.province.id)));
      toast(t.cleared(removed));
    });

  const pending = rows.filter((r) => r.targets.length === 0);
  return (
    <Card title={t.title}>
      <p className="muted">{t.rule}</p>
      {rows.length > 1 && pending.length > 0 && (
        <Button
          variant="primary"
          onClick={() => setRun({ provinceIds: null, titleTh: t.runAll, quota: null })}
          data-testid="run-selection"
        >
          {t.runAll}
        </Button>
      )}
      {rows.map((s) => {
        const result = results.get(s.province.id);
        const blocked = clearBlockedTh(s);
        return (
          <details
            key={s.province.id}
            className="as-province"
            open={rows.length === 1 || undefined}
            data-testid={`selection-${s.province.id}`}
          >
            <summary>
              <strong>{s.province.nameTh}</strong> — <span data-testid="selection-status">{statusTh(s)}</span>
              {s.forums > 0 && ` · ${t.forums(s.forums)}`}
            </summary>
            {result && (
              <p className="as-province__result" data-testid="selection-result">
                {resultTh(result)}
              </p>
            )}
            {s.targets.length > 0 && (
              <ol className="as-chosen" data-testid="chosen-groups">
                {s.targets.map((x) => (
                  <li key={x.groupId} data-testid="chosen-group">
                    <strong>{x.groupNameTh}</strong> ({x.district.nameTh}) — {x.reasonTh}
                  </li>
                ))}
              </ol>
            )}
            <div className="form-actions">
              {s.targets.length === 0 ? (
                <Button
                  variant="primary"
                  onClick={() =>
                    setRun({
                      provinceIds: [s.province.id],
                      titleTh: t.runConfirmTitle(s.province.nameTh),
                      quota: s.quota,
                    })
                  }
                  data-testid={`select-${s.province.id}`}
                >
                  {t.run}
                </Button>
              ) : blocked ? (
                <p className="muted">{blocked}</p>
              ) : (
                <Button variant="danger" onClick={() => setClearing(s)} data-testid={`clear-${s.province.id}`}>
                  {t.clear}
                </Button>
              )}
            </div>
          </details>
        );
      })}
      <ConfirmDialog
        open={run !== null}
        title={run?.titleTh ?? ''}
        confirmLabel={t.run}
        busy={busy}
        error={error}
        testId="run-dialog"
        onConfirm={() => run && void select(run)}
        onCancel={() => {
          setRun(null);
          setError(null);
        }}
      >
        {run?.quota === null ? thAssessments.program.selectConfirm : t.runConfirm(run?.quota ?? 0)}
      </ConfirmDialog>
      <ClearSelectionDialog
        key={clearing?.province.id ?? 'none'}
        selection={clearing}
        programTitle={p.titleTh}
        busy={busy}
        error={error}
        onConfirm={(reason) => clearing && void clear(clearing, reason)}
        onCancel={() => {
          setClearing(null);
          setError(null);
        }}
      />
    </Card>
  );
}
