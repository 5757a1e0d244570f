// Where each province's selection stands for the officer who runs it: its quota (the program's
// exception or its default), the groups chosen with their reasons in rank order, how many already
// had a forum (then the selection can no longer be cleared), and the Thai lines the page shows.
import type { Program, SelectionResult, Target } from '../../api/assessments-types.js';
import type { OrgUnitKind } from '../../api/types.js';
import { thAssessments } from '../../i18n/th-assessments.js';

export interface UnitLike {
  id: string;
  kind: OrgUnitKind;
  nameTh: string;
}

export interface ProvinceSelection {
  province: { id: string; nameTh: string };
  quota: number;
  /** Chosen groups in rank order. */
  targets: Target[];
  /** Targets whose district has recorded a forum. */
  forums: number;
}

/**
 * The provinces whose selection the viewer runs, given the top units of their scope: a program of
 * the department covers every province under a department in scope and each province in scope; a
 * province's program covers that province alone. `departmentProvinces` are the department's provinces.
 */
export function managedProvinces(
  program: Pick<Program, 'orgUnit' | 'canManage'>,
  scope: readonly UnitLike[],
  departmentProvinces: readonly UnitLike[],
): { id: string; nameTh: string }[] {
  if (!program.canManage) return [];
  const wholeNation = scope.some((u) => u.kind === 'department');
  const mine = wholeNation ? departmentProvinces : scope.filter((u) => u.kind === 'province');
  const inProgram = /^\d{2}$/.test(program.orgUnit.id) ? mine.filter((u) => u.id === program.orgUnit.id) : mine;
  return inProgram.map((u) => ({ id: u.id, nameTh: u.nameTh }));
}

export function provinceSelections(
  program: Pick<Program, 'defaultQuota' | 'quotas'>,
  provinces: readonly { id: string; nameTh: string }[],
  targets: readonly Target[],
): ProvinceSelection[] {
  return provinces.map((province) => {
    const mine = targets.filter((x) => x.province.id === province.id).sort((a, b) => a.rank - b.rank);
    return {
      province,
      quota: program.quotas[province.id] ?? program.defaultQuota,
      targets: mine,
      forums: mine.filter((x) => x.forumStatus !== 'none').length,
    };
  });
}

/** "คัดเลือกแล้ว 3 จากโควตา 3 กลุ่ม" or "ยังไม่ได้คัดเลือก (โควตา 10 กลุ่ม)". */
export function statusTh(s: ProvinceSelection): string {
  const t = thAssessments.selection;
  return s.targets.length === 0 ? t.notSelected(s.quota) : t.selectedOf(s.targets.length, s.quota);
}

/** What a run found in one province: how many candidates, how many lead a fund-management centre. */
export function resultTh(r: SelectionResult['provinces'][number]): string {
  const t = thAssessments.selection;
  if (r.skipped) return t.skipped;
  return r.candidates === 0 ? t.noCandidates : t.ranFrom(r.selected, r.candidates, r.leaders);
}

/** Why clearing is not offered, if it is not. */
export function clearBlockedTh(s: ProvinceSelection): string | null {
  return s.forums > 0 ? thAssessments.selection.clearBlocked(s.forums) : null;
}
