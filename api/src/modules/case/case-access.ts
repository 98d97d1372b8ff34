import DataLoader from 'dataloader';
import type { Context } from '../../context';
import { groupBy } from '../../shared/batch';
import type { Db } from '../../shared/db';
import { NotFoundError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { sql } from '../../shared/sql';
import { managesCommittee } from '../staff/policy';
import { StaffRole } from '../staff/staff-role';
import type { Viewer } from '../staff/viewer';
import { PartyRole } from './case-enums';
import { CaseActor } from './case-workflow';
import { MediationCase } from './case.entity';

/** Committees asked to join each of these cases (联合调处), in the order they were asked. */
export const jointCommitteesOfCases = (db: Db) =>
  new DataLoader<number, number[]>(async (caseIds) =>
    groupBy(
      await db.rows<{ caseId: number; committeeId: number }>(
        sql`select mediation_case_id as "caseId", committee_id as "committeeId" from case_joint_committee where mediation_case_id = any(${caseIds}::int[]) order by id`,
      ),
      caseIds,
      (row) => row.caseId,
    ).map((rows) => rows.map((row) => row.committeeId)),
  );

/**
 * Who the viewer is in a case — a party, the handling committee's staff, the assigned mediator, a
 * committee asked to join, a committee above — decided here and nowhere else, for resolvers,
 * services and file routes alike. One per request: a case's roles are worked out once however
 * many fields ask (keyed by what they depend on, so a step that binds a party or assigns a
 * mediator is seen at once), and the joint committees of a page of cases cost one query.
 */
export class CaseAccess {
  private readonly roles = new Map<string, Promise<Set<CaseActor>>>();
  readonly jointCommittees: DataLoader<number, number[]>;

  constructor(private readonly ctx: Pick<Context, 'em' | 'db' | 'loaders' | 'requireViewer'>) {
    this.jointCommittees = jointCommitteesOfCases(ctx.db);
  }

  /** The roles this viewer plays in this case (empty: none). */
  async actorsFor(viewer: Viewer, mediationCase: MediationCase): Promise<Set<CaseActor>> {
    // The parties are part of the key (binding a party changes who they are): always loaded first.
    if (!mediationCase.parties.isInitialized()) await mediationCase.parties.init();
    const parties = mediationCase.parties.getItems().map((p) => `${p.id}=${p.user?.id ?? ''}`).join(',');
    const key = `${viewer.userId}|${mediationCase.id}|${mediationCase.committee.id}|${mediationCase.mediator?.id ?? ''}|${parties}`;
    let found = this.roles.get(key);
    if (!found) {
      found = this.work(viewer, mediationCase);
      this.roles.set(key, found);
      // A failed lookup is not remembered.
      found.catch(() => this.roles.delete(key));
    }
    return await found;
  }

  /** Parties, the staff of the handling committee (and of the justice office over it), the case's mediator, and whoever registered it. */
  async canSee(viewer: Viewer, mediationCase: MediationCase) {
    return (await this.actorsFor(viewer, mediationCase)).size > 0 || mediationCase.createdBy.id === viewer.userId;
  }

  /**
   * A case the viewer may see (NOT_FOUND otherwise: others' cases are not even confirmed to exist), with the roles they play in it.
   * `notFound` names the object the caller was asked about (a session, a term, a follow-up), so a refusal never reveals
   * which case an object belongs to.
   */
  async loadVisible(caseId: string | number, field = 'caseId', notFound?: () => NotFoundError) {
    const viewer = await this.ctx.requireViewer();
    const id = parseId(caseId, field);
    const missing = notFound ?? (() => new NotFoundError('案件', id));
    const mediationCase = await this.ctx.em.findOne(MediationCase, id, { populate: ['parties'] });
    if (!mediationCase) throw missing();
    const actors = await this.actorsFor(viewer, mediationCase);
    if (actors.size === 0 && mediationCase.createdBy.id !== viewer.userId) throw missing();
    return { mediationCase, actors, viewer };
  }

  /** Whether the viewer works for this committee: its admin, the justice office over its region, a system admin. */
  async coversCommittee(viewer: Viewer, committeeId: number) {
    const committee = await this.ctx.loaders.committeeById.load(committeeId);
    return !!committee && managesCommittee(viewer, committee);
  }

  private async work(viewer: Viewer, mediationCase: MediationCase): Promise<Set<CaseActor>> {
    const actors = new Set<CaseActor>();
    for (const party of mediationCase.parties.getItems()) {
      if (party.user?.id === viewer.userId) actors.add(party.role === PartyRole.APPLICANT ? CaseActor.APPLICANT : CaseActor.RESPONDENT);
    }
    const mediatorId = mediationCase.mediator?.id;
    if (mediatorId && viewer.scopes(StaffRole.MEDIATOR).some((s) => s.mediatorId === mediatorId)) actors.add(CaseActor.ASSIGNED_MEDIATOR);
    // Residents stop here: no committee, joint or supervising role to look up.
    if (viewer.staff.length === 0) return actors;
    if (await this.coversCommittee(viewer, mediationCase.committee.id)) {
      actors.add(CaseActor.COMMITTEE);
      return actors;
    }
    const joined = await this.jointCommittees.load(mediationCase.id);
    for (const committeeId of joined) if (await this.coversCommittee(viewer, committeeId)) actors.add(CaseActor.JOINT_COMMITTEE);
    const adminOf = new Set(viewer.scopes(StaffRole.COMMITTEE_ADMIN).map((s) => s.committeeId));
    if (adminOf.size > 0 && (await this.committeesAbove(mediationCase.committee.id)).some((id) => adminOf.has(id))) actors.add(CaseActor.SUPERVISING_COMMITTEE);
    return actors;
  }

  /** The committees above this one, nearest first (village → township → county). */
  private async committeesAbove(committeeId: number): Promise<number[]> {
    const chain: number[] = [];
    let next = (await this.ctx.loaders.committeeById.load(committeeId))?.parentId ?? null;
    while (next !== null && !chain.includes(next) && chain.length < 10) {
      chain.push(next);
      next = (await this.ctx.loaders.committeeById.load(next))?.parentId ?? null;
    }
    return chain;
  }
}
