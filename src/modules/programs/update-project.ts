import type { UseCaseContext } from '../../server/context.js';
import { notFound } from '../../kernel/errors.js';
import { recordAudit } from '../audit/index.js';
import { projectDto } from './get-project.js';
import { readableProject, requireEditableDraft } from './project-access.js';
import { checkProjectInput, projectColumns, writeChainAndIndicators } from './project-input.js';
import { lockProject } from './programs.repository.js';
import type { TProject, TProjectInput } from './programs.schemas.js';

/** Replaces a draft's form and chain (the form always sends the whole project). */
export async function updateProject(ctx: UseCaseContext, id: string, input: TProjectInput): Promise<TProject> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await lockProject(trx, id))) throw notFound();
    const before = await readableProject(trx, ctx.actor, id);
    requireEditableDraft(ctx.actor, before.row);
    const checked = await checkProjectInput(trx, ctx.actor, input);
    await trx
      .updateTable('project')
      .set({ ...projectColumns(input, checked), updated_at: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    await writeChainAndIndicators(trx, id, input);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'project.update',
      entityType: 'project',
      entityId: id,
      orgUnitId: checked.unit.id,
      before: { orgUnitId: before.row.org_unit_id, titleTh: before.row.title_th },
      after: input,
      requestId: ctx.requestId,
    });
    return projectDto(trx, ctx.actor, await readableProject(trx, ctx.actor, id));
  });
}
