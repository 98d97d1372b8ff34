import { ref } from '@mikro-orm/core';
import type { Context } from '../../context';
import { ConflictError, ForbiddenError, UserInputError } from '../../shared/errors';
import { decrypt, lookupHash } from '../identity/personal-data';
import { newOpaqueToken, sha256 } from '../identity/tokens';
import { UserAccount } from '../identity/user-account.entity';
import { CaseStatus, PartyRole } from './case-enums';
import { isStaffOnCase } from './case-event.audience';
import { CaseEvent } from './case-event.entity';
import { CaseAction, CaseActor, TRANSITIONS } from './case-workflow';
import { MediationCase } from './case.entity';
import { CaseService } from './case.service';

/** The respondent's invitation (Art 17): answered only by the respondent, re-issued by the committee, vouched for when it checked who it sent it to. */
export class CaseInvitationService {
  private readonly cases: CaseService;

  constructor(private readonly ctx: Context) {
    this.cases = new CaseService(ctx);
  }

  /** The respondent, signed in, answers the invitation shared with them: consent or refuse (Art 17). */
  async respondToInvitation(code: string, consent: boolean, reason: string | null) {
    const viewer = await this.ctx.requireViewer();
    const em = this.ctx.em;
    const mediationCase = code.trim() ? await em.findOne(MediationCase, { invitationCodeHash: sha256(code.trim()) }, { populate: ['parties'] }) : null;
    if (!mediationCase) throw new UserInputError({ field: 'code', reason: '邀请码无效或已使用' });
    // The code makes its holder the respondent only if they are not already someone else in the case.
    const actors = await this.ctx.caseAccess.actorsFor(viewer, mediationCase);
    if (actors.has(CaseActor.APPLICANT) || isStaffOnCase(actors)) throw new ForbiddenError('邀请只能由被申请人本人答复：申请人和本案工作人员不能代为答复');
    const respondent = mediationCase.parties.getItems().find((p) => p.role === PartyRole.RESPONDENT && (!p.user || p.user.id === viewer.userId));
    if (!respondent) throw new ForbiddenError('该邀请已由其他人接受');
    if (respondent.phoneEncrypted && !respondent.user && !mediationCase.invitationIdentityCheck) {
      // Where the filing gave the respondent's phone, the holder of the code must have bound that
      // phone — unless the committee checked who it sent this invitation to (reissueInvitation).
      const account = await em.findOne(UserAccount, viewer.userId);
      if (!account?.phoneHash) throw new ForbiddenError('请先绑定手机号，以核实您是被申请人本人；也可以联系调委会核实身份后重新发送邀请');
      if (account.phoneHash !== lookupHash(this.ctx.secrets, 'phone', decrypt(this.ctx.secrets, respondent.phoneEncrypted))) {
        throw new ForbiddenError('您绑定的手机号与申请时填写的被申请人电话不一致，请联系调委会核实身份');
      }
    }
    respondent.user = ref(UserAccount, viewer.userId);
    if (!consent && !reason?.trim()) throw new UserInputError({ field: 'reason', reason: '请填写不同意调解的原因' });
    const action = consent ? CaseAction.CONSENT : CaseAction.REFUSE;
    if (!TRANSITIONS[action].from.includes(mediationCase.status)) throw new ConflictError('该案件已不在等待答复的状态', 'code');
    mediationCase.invitationCodeHash = null;
    mediationCase.invitationIdentityCheck = null;
    if (!consent) this.cases.close(mediationCase, reason);
    return this.cases.commit(em, mediationCase, action, TRANSITIONS[action].to, viewer.userId, CaseActor.RESPONDENT, reason?.trim() || null);
  }

  /**
   * The committee issues the respondent's invitation again — to send it once more, or because the
   * old one went to the wrong person: a new code, and the old one stops working. Only while the
   * case waits for the respondent's answer.
   */
  async reissueInvitation(caseId: string, identityCheck: string | null = null) {
    const check = identityCheck?.trim() || null;
    if (check !== null && (check.length < 4 || check.length > 200)) {
      throw new UserInputError({ field: 'identityCheck', reason: '请用 4 到 200 字写明如何核实了被申请人身份，如“电话核实本人，姓名与申请一致”' });
    }
    return this.cases.change(caseId, async ({ mediationCase, actors, viewer }) => {
      if (!actors.has(CaseActor.COMMITTEE)) throw new ForbiddenError('只有承办调委会可以重新发送邀请');
      if (mediationCase.status !== CaseStatus.AWAITING_CONSENT) throw new ConflictError('案件已不在等待被申请人答复的状态', 'caseId');
      const invitationCode = newOpaqueToken(12);
      mediationCase.invitationCodeHash = sha256(invitationCode);
      // Checked by staff: whoever the committee gave this link to answers as the respondent, whatever phone they bound.
      mediationCase.invitationIdentityCheck = check;
      this.ctx.em.create(CaseEvent, {
        mediationCase, action: 'INVITATION_REISSUED', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId, actorRole: CaseActor.COMMITTEE,
        note: '重新发送调解邀请，此前的邀请链接失效',
      });
      // How the committee checked who the respondent is may name their phone or papers: for the staff alone.
      if (check) {
        this.ctx.em.create(CaseEvent, {
          mediationCase, action: 'IDENTITY_VOUCHED', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId, actorRole: CaseActor.COMMITTEE,
          note: `已核实被申请人身份：${check}`,
        });
      }
      await this.ctx.em.flush();
      return { mediationCase, invitationCode };
    });
  }
}
