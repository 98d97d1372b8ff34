import type { Context } from '../../context';
import { ConflictError, ForbiddenError, UserInputError } from '../../shared/errors';
import { queueCaseNotifications } from '../notification/notification.rules';
import { CaseStatus, PartyRole } from './case-enums';
import { CaseEvent } from './case-event.entity';
import { OPEN_STATUSES } from './case-workflow';
import { CaseService } from './case.service';

/** A party's own account of the dispute (the respondent's side of it, which the filing does not have). */
export class CaseStatementService {
  private readonly cases: CaseService;

  constructor(private readonly ctx: Context) {
    this.cases = new CaseService(ctx);
  }

  /**
   * A party's own account of the dispute (the respondent's side, which the filing does not have):
   * the latest is on the party, every version on the timeline; the same text again changes nothing.
   */
  async submitStatement(caseId: string, statement: string) {
    const text = statement.trim();
    if (text.length < 5 || text.length > 5000) throw new UserInputError({ field: 'statement', reason: '请填写 5 到 5000 字的陈述' });
    return this.cases.change(caseId, async ({ mediationCase, viewer }) => {
      const party = mediationCase.parties.getItems().find((p) => p.user?.id === viewer.userId);
      if (!party) throw new ForbiddenError('只有当事人可以提交自己的陈述');
      if (!(OPEN_STATUSES as readonly CaseStatus[]).includes(mediationCase.status)) throw new ConflictError('案件已办结，不能再提交陈述', 'caseId');
      if (party.statement === text) return mediationCase;
      party.statement = text;
      party.statementAt = new Date();
      const em = this.ctx.em;
      em.create(CaseEvent, {
        mediationCase, action: 'STATEMENT', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId, actorRole: party.role,
        note: `${party.name}的陈述：${text}`,
      });
      await queueCaseNotifications(em, mediationCase, 'STATEMENT', `${mediationCase.number} ${party.role === PartyRole.RESPONDENT ? '被申请人' : '申请人'}提交了陈述`, viewer.userId);
      await em.flush();
      return mediationCase;
    });
  }
}
