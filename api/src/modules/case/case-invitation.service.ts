import { ref } from '@mikro-orm/core';
import type { Context } from '../../context';
import { ConflictError, ForbiddenError, UserInputError } from '../../shared/errors';
import { decrypt, lookupHash } from '../identity/personal-data';
import { sha256 } from '../identity/tokens';
import { UserAccount } from '../identity/user-account.entity';
import { CaseStatus, InvitationState, PartyRole } from './case-enums';
import { isStaffOnCase } from './case-event.audience';
import { CaseEvent } from './case-event.entity';
import { CaseAction, CaseActor, TRANSITIONS } from './case-workflow';
import { MediationCase } from './case.entity';
import { CaseService } from './case.service';
import { invitationCodeOf, invitationLinks, issueInvitation, voidInvitation } from './invitation-code';
import { PAGE } from '../../shared/page-paths';
import { sql } from '../../shared/sql';
import type { Viewer } from '../staff/viewer';
import type { CaseParty } from './case-party.entity';

/** The respondent's place this user may take: not yet bound to an account, or already theirs. */
const openRespondent = (mediationCase: MediationCase, userId: number): CaseParty | undefined =>
  mediationCase.parties.getItems().find((p) => p.role === PartyRole.RESPONDENT && (!p.user || p.user.id === userId));

/** How long a WeChat URL link for an invitation stays valid (WeChat allows at most 30 days). */
const URL_LINK_DAYS = 30;

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
    const problem = await this.identityProblem(viewer, mediationCase);
    if (problem) throw new ForbiddenError(problem);
    // identityProblem found none: the respondent's place is open to this viewer.
    openRespondent(mediationCase, viewer.userId)!.user = ref(UserAccount, viewer.userId);
    if (!consent && !reason?.trim()) throw new UserInputError({ field: 'reason', reason: '请填写不同意调解的原因' });
    const action = consent ? CaseAction.CONSENT : CaseAction.REFUSE;
    if (!TRANSITIONS[action].from.includes(mediationCase.status)) throw new ConflictError('该案件已不在等待答复的状态', 'code');
    voidInvitation(mediationCase);
    if (!consent) this.cases.close(mediationCase, reason);
    return this.cases.commit(em, mediationCase, action, TRANSITIONS[action].to, viewer.userId, CaseActor.RESPONDENT, reason?.trim() || null);
  }

  /**
   * Why this signed-in holder of the code cannot answer as the respondent, or null. The code makes
   * its holder the respondent only if they are not already someone else in the case and the
   * respondent's place is not taken by another account; where the filing gave the respondent's
   * phone, the holder must have bound that phone — unless the committee checked who it sent this
   * invitation to (reissueInvitation with an identity check).
   */
  async identityProblem(viewer: Viewer, mediationCase: MediationCase): Promise<string | null> {
    const actors = await this.ctx.caseAccess.actorsFor(viewer, mediationCase);
    if (actors.has(CaseActor.APPLICANT)) return '您是本案的申请人。邀请只能由被申请人本人答复，请把邀请发给对方';
    if (isStaffOnCase(actors)) return '您是本案的工作人员。邀请只能由被申请人本人答复，不能代为答复';
    const respondent = openRespondent(mediationCase, viewer.userId);
    if (!respondent) return '该邀请已由其他人接受。如果您才是被申请人，请联系调委会';
    if (!respondent.phoneEncrypted || respondent.user || mediationCase.invitationIdentityCheck) return null;
    const account = await this.ctx.em.findOne(UserAccount, viewer.userId);
    if (!account?.phoneHash) return '请先绑定手机号，以核实您是被申请人本人；也可以联系调委会核实身份后重新发送邀请';
    if (account.phoneHash !== lookupHash(this.ctx.secrets, 'phone', decrypt(this.ctx.secrets, respondent.phoneEncrypted))) {
      return '您绑定的手机号与申请时填写的被申请人电话不一致，请联系调委会核实身份';
    }
    return null;
  }

  /**
   * Where the invitation stands, for those who may send, withdraw or re-issue it — the handling
   * committee, the justice office over it, a system admin — while the respondent has not answered. Null otherwise.
   */
  async invitationState(mediationCase: MediationCase): Promise<InvitationState | null> {
    if (!(await this.mayManage(mediationCase))) return null;
    if (!mediationCase.invitationCodeHash) return InvitationState.WITHDRAWN;
    return mediationCase.invitationCodeEncrypted ? InvitationState.SENT : InvitationState.SENT_NOT_KEPT;
  }

  /**
   * The invitation as it stands, for those who may manage it (see invitationState): the same code
   * and link it sent, to show, copy or send again. Null otherwise. The code lets whoever holds it
   * answer for the respondent, so every showing is written to the audit log.
   */
  async currentLink(mediationCase: MediationCase) {
    if (!(await this.mayManage(mediationCase))) return null;
    const code = invitationCodeOf(mediationCase.invitationCodeEncrypted, this.ctx.secrets);
    if (!code) return null;
    const viewer = await this.ctx.requireViewer();
    await this.ctx.db.rows(sql`insert into audit_log (actor_user_id, action, subject_type, subject_id, field, reason, request_id)
      values (${viewer.userId}, 'INVITATION_SHOWN', 'mediation_case', ${String(mediationCase.id)}, 'invitation', '查看被申请人调解邀请（用于发送）', ${this.ctx.requestId})`);
    return { caseId: mediationCase.id, code, ...invitationLinks(code, this.ctx.config.publicUrl) };
  }

  private async mayManage(mediationCase: MediationCase) {
    if (mediationCase.status !== CaseStatus.AWAITING_CONSENT) return false;
    const viewer = await this.ctx.requireViewer();
    return (await this.ctx.caseAccess.actorsFor(viewer, mediationCase)).has(CaseActor.COMMITTEE);
  }

  /**
   * The WeChat URL link (wxaurl.cn) for the current code: a text message or a browser opens the
   * invitation in the mini-program. Made once per code (valid 30 days, renewed a day before it
   * ends) and kept on the case; null when there is no WeChat app configured (development) or
   * WeChat cannot make one now — the share card and the H5 link still work.
   */
  async weChatLink(caseId: number, code: string): Promise<string | null> {
    if (!this.ctx.config.wechat.configured) return null;
    const hash = sha256(code);
    const kept = async () => (await this.ctx.db.rows<{ link: string | null }>(
      sql`select invitation_url_link as link from mediation_case where id = ${caseId} and invitation_code_hash = ${hash} and invitation_url_link_expires_at > now() + interval '1 day'`,
    ))[0]?.link ?? null;
    const before = await kept();
    if (before) return before;
    let link: string;
    try {
      link = await this.ctx.wechat.urlLink({ page: PAGE.invitation, query: `code=${encodeURIComponent(code)}`, days: URL_LINK_DAYS });
    } catch {
      // The client logs it and stops asking WeChat for a while; the page shows the other ways to send.
      return null;
    }
    // Kept only while the code is still the case's (a re-issue since then voids it) and no other
    // request kept one meanwhile: two first loads at once end up showing the same link.
    const [stored] = await this.ctx.db.rows<{ link: string }>(sql`update mediation_case
      set invitation_url_link = ${link}, invitation_url_link_expires_at = now() + ${`${URL_LINK_DAYS} days`}::interval
      where id = ${caseId} and invitation_code_hash = ${hash}
        and (invitation_url_link is null or invitation_url_link_expires_at <= now() + interval '1 day')
      returning invitation_url_link as link`);
    return stored?.link ?? (await kept());
  }

  /** The committee withdraws the invitation (sent to the wrong person, say): the link stops working; it can be sent again later. */
  async revokeInvitation(caseId: string) {
    return this.cases.change(caseId, async ({ mediationCase, actors, viewer }) => {
      if (!actors.has(CaseActor.COMMITTEE)) throw new ForbiddenError('只有承办调委会可以撤回邀请');
      if (mediationCase.status !== CaseStatus.AWAITING_CONSENT) throw new ConflictError('案件已不在等待被申请人答复的状态', 'caseId');
      // Already withdrawn (a double tap): nothing more to record.
      if (!mediationCase.invitationCodeHash) return mediationCase;
      voidInvitation(mediationCase);
      this.ctx.em.create(CaseEvent, {
        mediationCase, action: 'INVITATION_REVOKED', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId, actorRole: CaseActor.COMMITTEE,
        note: '调委会撤回了调解邀请，原邀请链接失效',
      });
      await this.ctx.em.flush();
      return mediationCase;
    });
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
      // Checked by staff: whoever the committee gave this link to answers as the respondent, whatever phone they bound.
      const invitationCode = issueInvitation(mediationCase, this.ctx.secrets, check);
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
