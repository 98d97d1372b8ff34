import type { Context } from '../../context';
import { NotFoundError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { CaseEvidence } from './evidence.entity';

/** A stored evidence file of a case the viewer may see. */
export async function evidenceFile(ctx: Context, caseId: string, evidenceId: string) {
  const { mediationCase } = await ctx.caseAccess.loadVisible(caseId, 'id');
  const id = parseId(evidenceId, 'evidenceId');
  const evidence = await ctx.em.findOne(CaseEvidence, { id, mediationCase: mediationCase.id });
  if (!evidence) throw new NotFoundError('证据材料', id);
  return { key: evidence.sha256, contentType: evidence.contentType, size: evidence.size };
}
