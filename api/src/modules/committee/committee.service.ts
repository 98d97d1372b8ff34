import type { Context } from '../../context';
import { createOnce } from '../idempotency/idempotency';
import { changeLocked } from '../../shared/transaction';
import { NotFoundError, UserInputError, type FieldProblem } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { checkPageSize, decodeCursor, toPage } from '../../shared/pagination';
import { DisputeTypeService } from '../dispute-type/dispute-type.service';
import { DisputeType } from '../dispute-type/dispute-type.entity';
import { Policy } from '../staff/policy';
import { CommitteeKind } from './committee-kind';
import { Committee } from './committee.entity';
import type { CommitteeFilter, CreateCommitteeInput, UpdateCommitteeInput } from './committee.inputs';
import { committeeCount, committeePage } from './committee.queries';
import type { CommitteeView } from './committee.view';

const NON_NULL_ON_UPDATE = ['name', 'regionCode', 'address', 'phone', 'serviceHours', 'caseDeadlineDays', 'acceptanceDeadlineDays'] as const;

export class CommitteeService {
  constructor(private readonly ctx: Context) {}

  async list(filter: CommitteeFilter | undefined, first: number | null | undefined, after: string | null | undefined) {
    const size = checkPageSize(first);
    const key = decodeCursor(after, ['string', 'number']) as [string, number] | undefined;
    const f = filter ?? {};
    const rows = await this.ctx.db.rows<CommitteeView>(committeePage(f, key, size + 1));
    return toPage(rows, size, (c) => [c.regionCode, c.id], async () => (await this.ctx.db.rows<{ count: number }>(committeeCount(f)))[0]?.count ?? 0);
  }

  async get(id: string | number, field = 'id') {
    const committeeId = parseId(id, field);
    const committee = await this.ctx.loaders.committeeById.load(committeeId);
    if (!committee) throw new NotFoundError('调委会', committeeId);
    return committee;
  }

  async create(input: CreateCommitteeInput): Promise<CommitteeView> {
    (await Policy.of(this.ctx)).assertRegion(input.regionCode);
    const parentId = input.parentId == null ? null : parseId(input.parentId, 'input.parentId');
    const disputeTypeCodes = await new DisputeTypeService(this.ctx.db).checkCodes(input.disputeTypeCodes, 'input.disputeTypeCodes');
    await this.checkRules({ ...input, parentId, disputeTypeCodes }, null);
    const em = this.ctx.em;
    const { id } = await createOnce(this.ctx, 'createCommittee', input.idempotencyKey, async () => {
      const committee = em.create(Committee, {
        name: input.name.trim(),
        kind: input.kind,
        region: input.regionCode,
        parent: parentId ?? undefined,
        hostInstitution: input.hostInstitution ?? undefined,
        hostName: input.hostName ?? undefined,
        address: input.address.trim(),
        phone: input.phone.trim(),
        latitude: input.latitude ?? undefined,
        longitude: input.longitude ?? undefined,
        serviceHours: input.serviceHours.trim(),
        introduction: input.introduction ?? undefined,
      });
      committee.disputeTypes.set(disputeTypeCodes.map((code) => em.getReference(DisputeType, code)));
      await em.flush(); // one transaction: the committee and its dispute types
      return committee.id;
    });
    return this.reload(id);
  }

  async update(id: string, input: UpdateCommitteeInput): Promise<CommitteeView> {
    const committeeId = parseId(id, 'id');
    const policy = await Policy.of(this.ctx);
    await policy.assertCommittee(committeeId, { structural: input.regionCode != null || input.parentId !== undefined });
    if (input.regionCode != null) policy.assertRegion(input.regionCode);
    const nulls = NON_NULL_ON_UPDATE.filter((k) => input[k] === null);
    if (nulls.length) throw new UserInputError(nulls.map((k) => ({ field: `input.${k}`, reason: '不能为空' })));
    const em = this.ctx.em;
    const load = () => em.findOne(Committee, committeeId, { populate: ['disputeTypes'], refresh: true });
    await changeLocked(em, 'committee', committeeId, load, () => new NotFoundError('调委会', committeeId), async (committee) => {
      const currentCodes = committee.disputeTypes.getItems().map((t) => t.code);
      const disputeTypeCodes =
        input.disputeTypeCodes == null
          ? currentCodes
          : await new DisputeTypeService(this.ctx.db).checkCodes(input.disputeTypeCodes, 'input.disputeTypeCodes');
      const parentId =
        input.parentId === undefined ? (committee.parent?.id ?? null) : input.parentId === null ? null : parseId(input.parentId, 'input.parentId');
      const next = {
        kind: committee.kind,
        regionCode: input.regionCode ?? committee.region.code,
        parentId,
        hostInstitution: input.hostInstitution === undefined ? (committee.hostInstitution ?? null) : input.hostInstitution,
        hostName: input.hostName === undefined ? (committee.hostName ?? null) : input.hostName,
        disputeTypeCodes,
      };
      await this.checkRules(next, committeeId);

      em.assign(committee, {
        name: input.name?.trim() ?? committee.name,
        region: next.regionCode,
        parent: next.parentId,
        hostInstitution: next.hostInstitution,
        hostName: next.hostName,
        address: input.address?.trim() ?? committee.address,
        phone: input.phone?.trim() ?? committee.phone,
        latitude: input.latitude === undefined ? committee.latitude : input.latitude,
        longitude: input.longitude === undefined ? committee.longitude : input.longitude,
        serviceHours: input.serviceHours?.trim() ?? committee.serviceHours,
        introduction: input.introduction === undefined ? committee.introduction : input.introduction,
        caseDeadlineDays: input.caseDeadlineDays ?? committee.caseDeadlineDays,
        acceptanceDeadlineDays: input.acceptanceDeadlineDays ?? committee.acceptanceDeadlineDays,
      });
      if (input.disputeTypeCodes != null) {
        committee.disputeTypes.set(disputeTypeCodes.map((code) => em.getReference(DisputeType, code)));
      }
    });
    return this.reload(committeeId);
  }

  async setActive(id: string, active: boolean): Promise<CommitteeView> {
    const committeeId = parseId(id, 'id');
    await (await Policy.of(this.ctx)).assertCommittee(committeeId, { structural: true });
    const em = this.ctx.em;
    await changeLocked(em, 'committee', committeeId, () => em.findOne(Committee, committeeId, { refresh: true }), () => new NotFoundError('调委会', committeeId), (committee) => {
      committee.active = active;
    });
    return this.reload(committeeId);
  }

  private async reload(id: number) {
    this.ctx.loaders.committeeById.clear(id);
    this.ctx.loaders.disputeTypesOfCommittee.clear(id);
    return (await this.ctx.loaders.committeeById.load(id)) as CommitteeView;
  }

  /** The network's rules for a committee, checked all at once so every problem is reported. */
  private async checkRules(
    c: {
      kind: CommitteeKind;
      regionCode: string;
      parentId: number | null;
      hostInstitution?: string | null;
      hostName?: string | null;
      disputeTypeCodes: string[];
    },
    selfId: number | null,
  ) {
    const problems: FieldProblem[] = [];
    if (!(await this.ctx.loaders.regionByCode.load(c.regionCode))) {
      problems.push({ field: 'input.regionCode', reason: `行政区划 ${c.regionCode} 不存在` });
    }
    if (c.kind === CommitteeKind.DISPATCHED_ROOM) {
      if (!c.hostInstitution) problems.push({ field: 'input.hostInstitution', reason: '派驻调解室须填写派驻单位类型' });
      if (!c.hostName) problems.push({ field: 'input.hostName', reason: '派驻调解室须填写派驻单位名称' });
    } else if (c.hostInstitution) {
      problems.push({ field: 'input.hostInstitution', reason: '只有派驻调解室才有派驻单位' });
    }
    if (c.kind === CommitteeKind.INDUSTRY && c.disputeTypeCodes.length === 0) {
      problems.push({ field: 'input.disputeTypeCodes', reason: '行业性专业性调委会须至少受理一种纠纷类型' });
    }
    if (c.parentId !== null) {
      const problem = await this.parentProblem(c.parentId, selfId);
      if (problem) problems.push({ field: 'input.parentId', reason: problem });
    }
    if (problems.length) throw new UserInputError(problems);
  }

  /** The parent must exist and must not be the committee itself or one of its descendants. */
  private async parentProblem(parentId: number, selfId: number | null): Promise<string | null> {
    let current: number | null = parentId;
    for (let depth = 0; current !== null; depth++) {
      if (current === selfId) return '上级调委会不能是自身或其下级';
      const row: CommitteeView | null = await this.ctx.loaders.committeeById.load(current);
      if (!row) return current === parentId ? `调委会 ${parentId} 不存在` : null;
      if (depth > 20) return '上级关系层级过深';
      current = row.parentId;
    }
    return null;
  }
}
