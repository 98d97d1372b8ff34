import type { Context } from '../../context';
import { ConflictError, ForbiddenError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { CaseStatus } from './case-enums';
import { CaseEvent } from './case-event.entity';
import { CaseActor, OPEN_STATUSES } from './case-workflow';
import { CaseService } from './case.service';
import { CaseJointCommittee, CaseJointDepartment } from './joint-committee.entity';

/** 联合调处: other committees and government departments asked to join a case ("中心吹哨、部门报到"). */
export class JointMediationService {
  private readonly cases: CaseService;

  constructor(private readonly ctx: Context) {
    this.cases = new CaseService(ctx);
  }

  /** 联合调处: the handling committee asks another committee to join; its staff then see and work on the case. */
  async inviteJointCommittee(caseId: string, committeeId: string, note: string | null) {
    const id = parseId(committeeId, 'committeeId');
    return this.cases.change(caseId, async ({ mediationCase, actors, viewer }) => {
      if (!actors.has(CaseActor.COMMITTEE)) throw new ForbiddenError('只有承办调委会可以邀请联合调处');
      if (!(OPEN_STATUSES as readonly CaseStatus[]).includes(mediationCase.status)) throw new ConflictError('案件已办结', 'caseId');
      const committee = await this.ctx.loaders.committeeById.load(id);
      if (!committee?.active || id === mediationCase.committee.id) throw new UserInputError({ field: 'committeeId', reason: '请选择其他在用的调委会' });
      const em = this.ctx.em;
      if (!(await em.findOne(CaseJointCommittee, { mediationCase: mediationCase.id, committee: id }))) {
        em.create(CaseJointCommittee, { mediationCase, committee: id });
        const text = `邀请${committee.name}联合调处${note?.trim() ? `：${note.trim()}` : ''}`;
        em.create(CaseEvent, { mediationCase, action: 'JOINT_INVITED', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId, actorRole: CaseActor.COMMITTEE, note: text });
        await em.flush();
        this.ctx.caseAccess.jointCommittees.clear(mediationCase.id);
      }
      return mediationCase;
    });
  }

  /** 部门报到: a department joins the mediation; recorded on the case and its timeline. */
  async inviteJointDepartment(caseId: string, name: string, note: string | null) {
    const department = name.trim();
    if (department.length < 2 || department.length > 100) throw new UserInputError({ field: 'name', reason: '请填写 2 到 100 字的部门名称' });
    return this.cases.change(caseId, async ({ mediationCase, actors, viewer }) => {
      if (!actors.has(CaseActor.COMMITTEE)) throw new ForbiddenError('只有承办调委会可以邀请联合调处');
      if (!(OPEN_STATUSES as readonly CaseStatus[]).includes(mediationCase.status)) throw new ConflictError('案件已办结', 'caseId');
      const em = this.ctx.em;
      if (!(await em.findOne(CaseJointDepartment, { mediationCase: mediationCase.id, name: department }))) {
        em.create(CaseJointDepartment, { mediationCase, name: department });
        em.create(CaseEvent, {
          mediationCase, action: 'JOINT_INVITED', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId, actorRole: CaseActor.COMMITTEE,
          note: `邀请${department}联合调处${note?.trim() ? `：${note.trim()}` : ''}`,
        });
        await em.flush();
      }
      return mediationCase;
    });
  }
}
