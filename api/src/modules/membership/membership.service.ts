import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context';
import { NotFoundError, UserInputError, type FieldProblem } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { Policy } from '../staff/policy';
import type { AddMembershipInput } from './membership.inputs';
import { Membership } from './membership.entity';
import type { MembershipRole } from './membership-role';
import type { MembershipView } from './membership.view';

export class MembershipService {
  constructor(private readonly ctx: Context) {}

  /** Appoints a mediator to a committee; an ended membership of the same pair is resumed. */
  async add(input: AddMembershipInput): Promise<MembershipView> {
    const committeeId = parseId(input.committeeId, 'input.committeeId');
    const mediatorId = parseId(input.mediatorId, 'input.mediatorId');
    const policy = await Policy.of(this.ctx);
    if (!(await this.ctx.loaders.committeeById.load(committeeId))) {
      throw new UserInputError({ field: 'input.committeeId', reason: `调委会 ${committeeId} 不存在` });
    }
    await policy.assertCommittee(committeeId, { structural: false });
    const [committee, mediator] = await Promise.all([
      this.ctx.loaders.committeeById.load(committeeId),
      this.ctx.loaders.mediatorById.load(mediatorId),
    ]);
    const problems: FieldProblem[] = [];
    if (!committee) problems.push({ field: 'input.committeeId', reason: `调委会 ${committeeId} 不存在` });
    else if (!committee.active) problems.push({ field: 'input.committeeId', reason: '调委会已停用' });
    if (!mediator) problems.push({ field: 'input.mediatorId', reason: `调解员 ${mediatorId} 不存在` });
    else if (!mediator.active) problems.push({ field: 'input.mediatorId', reason: '调解员已停用' });
    if (problems.length) throw new UserInputError(problems);

    const em = this.ctx.em;
    const already = () => new UserInputError({ field: 'input.mediatorId', reason: '该调解员已在此调委会任职' });
    const existing = await em.findOne(Membership, { committee: committeeId, mediator: mediatorId });
    if (existing?.active) throw already();
    const membership = existing ?? em.create(Membership, { committee: committeeId, mediator: mediatorId, role: input.role });
    membership.role = input.role;
    membership.active = true;
    try {
      await em.flush();
    } catch (error) {
      // Appointed by a concurrent request a moment ago (the pair is unique).
      if (error instanceof UniqueConstraintViolationException || error instanceof OptimisticLockError) throw already();
      throw error;
    }
    return this.changed(membership);
  }

  async setRole(id: string, role: MembershipRole): Promise<MembershipView> {
    const membership = await this.find(id);
    membership.role = role;
    await this.ctx.em.flush();
    return this.changed(membership);
  }

  /** Ends a membership (the mediator leaves the committee); history is kept. */
  async end(id: string): Promise<MembershipView> {
    const membership = await this.find(id);
    membership.active = false;
    await this.ctx.em.flush();
    return this.changed(membership);
  }

  private async find(id: string) {
    const membershipId = parseId(id, 'id');
    const membership = await this.ctx.em.findOne(Membership, { id: membershipId, active: true });
    if (!membership) throw new NotFoundError('在任职务', membershipId);
    await (await Policy.of(this.ctx)).assertCommittee(membership.committee.id, { structural: false });
    return membership;
  }

  private changed(m: Membership): MembershipView {
    const { loaders } = this.ctx;
    const committeeId = m.committee.id;
    const mediatorId = m.mediator.id;
    loaders.membershipsOfMediator.clear(mediatorId);
    loaders.memberCount.clear(committeeId);
    return {
      id: m.id,
      role: m.role,
      committeeId,
      mediatorId,
      committee: () => loaders.committeeById.load(committeeId),
      mediator: () => loaders.mediatorById.load(mediatorId),
    };
  }
}
