import type { UseCaseContext } from '../../server/context.js';
import { inScope } from '../access/index.js';
import { nextSigner, registerNumber } from './get-project.js';
import { findUserRefs } from './programs.repository.js';
import type { TProjectSummary, TProjectStatus } from './programs.schemas.js';

/** Projects of units in scope, plus any the actor is asked to sign; newest fiscal year first. */
export async function listProjects(
  ctx: UseCaseContext,
  filter: { status?: TProjectStatus | undefined; fiscalYear?: number | undefined },
): Promise<{ items: TProjectSummary[] }> {
  let q = ctx.db
    .selectFrom('project as p')
    .innerJoin('org_unit as o', 'o.id', 'p.org_unit_id')
    .select([
      'p.id',
      'p.title_th',
      'p.org_unit_id',
      'o.name_th as org_name_th',
      'p.fiscal_year',
      'p.project_no',
      'p.status',
      'p.starts_on',
      'p.ends_on',
      'p.current_step',
    ])
    .where((eb) =>
      eb.or([
        inScope(eb, eb.ref('o.path'), ctx.actor, 'programs:read'),
        eb.exists(
          eb
            .selectFrom('project_signoff_step as s')
            .select('s.step_no')
            .whereRef('s.project_id', '=', 'p.id')
            .where('s.signer_user_id', '=', ctx.actor.userId),
        ),
      ]),
    )
    .orderBy('p.fiscal_year', 'desc')
    .orderBy('p.created_at', 'desc')
    .limit(500);
  if (filter.status) q = q.where('p.status', '=', filter.status);
  if (filter.fiscalYear) q = q.where('p.fiscal_year', '=', filter.fiscalYear);
  const rows = await q.execute();
  const steps = rows.length
    ? await ctx.db
        .selectFrom('project_signoff_step')
        .select(['project_id', 'step_no', 'signer_user_id'])
        .where(
          'project_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('step_no')
        .execute()
    : [];
  const users = await findUserRefs(
    ctx.db,
    steps.map((s) => s.signer_user_id),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      titleTh: r.title_th,
      orgUnitId: r.org_unit_id,
      orgUnitNameTh: r.org_name_th,
      fiscalYear: r.fiscal_year,
      projectNo: r.project_no,
      registerNumber: registerNumber(r.project_no, r.fiscal_year),
      status: r.status,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      nextSigner: nextSigner(
        r.status,
        steps.filter((s) => s.project_id === r.id),
        r.current_step,
        users,
      ),
    })),
  };
}
