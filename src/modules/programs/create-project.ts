import type { UseCaseContext } from '../../server/context.js';
import { recordAudit } from '../audit/index.js';
import { idempotentWrite } from '../ledger/index.js';
import { projectDto } from './get-project.js';
import { readableProject } from './project-access.js';
import { checkProjectInput, projectColumns, writeChainAndIndicators } from './project-input.js';
import type { TProject, TProjectInput } from './programs.schemas.js';

/** A new project is a draft: editable by its creator and the unit's managers until the proposer submits it. */
export async function createProject(
  ctx: UseCaseContext,
  input: TProjectInput,
  idempotencyKey?: string,
): Promise<TProject> {
  return idempotentWrite(ctx, { idempotencyKey, operation: 'project.create', request: input }, async (trx) => {
    const checked = await checkProjectInput(trx, ctx.actor, input);
    const { id } = await trx
      .insertInto('project')
      .values({
        ...projectColumns(input, checked),
        status: 'draft',
        created_by: ctx.actor.userId,
        updated_at: ctx.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeChainAndIndicators(trx, id, input);
    await recordAudit(trx, {
      actorUserId: ctx.actor.userId,
      action: 'project.create',
      entityType: 'project',
      entityId: id,
      orgUnitId: checked.unit.id,
      after: input,
      requestId: ctx.requestId,
    });
    return projectDto(trx, ctx.actor, await readableProject(trx, ctx.actor, id));
  });
}
