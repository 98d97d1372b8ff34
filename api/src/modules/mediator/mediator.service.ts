import { canonicalLanguage } from './language-vocabulary';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Context } from '../../context';
import { createOnce } from '../idempotency/idempotency';
import { changeLocked } from '../../shared/transaction';
import { ConflictError, NotFoundError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { checkPageSize, decodeCursor, toPage } from '../../shared/pagination';
import { DisputeType } from '../dispute-type/dispute-type.entity';
import { DisputeTypeService } from '../dispute-type/dispute-type.service';
import { Policy } from '../staff/policy';
import { signOutMediatorAccounts } from '../staff/viewer';
import { Mediator } from './mediator.entity';
import { type CreateMediatorInput, type MediatorFilter, MediatorSortOrder, type UpdateMediatorInput } from './mediator.inputs';
import { mediatorCount, type MediatorMenuFilter, mediatorMenuPage } from './mediator.queries';
import type { MediatorView } from './mediator.view';

const NON_NULL_ON_UPDATE = ['name', 'sex', 'ethnicity', 'background', 'specialtyCodes', 'languages', 'employment', 'grade', 'inExpertPool'] as const;

export class MediatorService {
  constructor(private readonly ctx: Context) {}

  /** The mediator menu (点单式): active mediators matching the filter, one page at a time. */
  async menu(filter: MediatorFilter | undefined, sort: MediatorSortOrder, first: number | null | undefined, after: string | null | undefined) {
    const size = checkPageSize(first);
    // GRADE keys on (grade, id); RELEVANCE and RATING on (score, grade, id).
    const cursorShape = sort === MediatorSortOrder.GRADE ? (['number', 'number'] as const) : (['number', 'number', 'number'] as const);
    const key = decodeCursor(after, cursorShape) as number[] | undefined;
    const f: MediatorMenuFilter = { ...filter, committeeId: filter?.committeeId ? parseId(filter.committeeId, 'filter.committeeId') : null };
    const rows = await this.ctx.db.rows<MediatorView & { score: number }>(mediatorMenuPage(f, sort, key, size + 1));
    return toPage(
      rows,
      size,
      (m) => (sort === MediatorSortOrder.GRADE ? [m.grade, m.id] : [m.score, m.grade, m.id]),
      async () => (await this.ctx.db.rows<{ count: number }>(mediatorCount(f)))[0]?.count ?? 0,
    );
  }

  async get(id: string | number, field = 'id') {
    const mediatorId = parseId(id, field);
    const mediator = await this.ctx.loaders.mediatorById.load(mediatorId);
    if (!mediator) throw new NotFoundError('调解员', mediatorId);
    return mediator;
  }

  async create(input: CreateMediatorInput): Promise<MediatorView> {
    (await Policy.of(this.ctx)).assertMayRegisterMediators();
    const codes = await new DisputeTypeService(this.ctx.db).checkCodes(input.specialtyCodes, 'input.specialtyCodes');
    const em = this.ctx.em;
    const { id } = await createOnce(this.ctx, 'createMediator', input.idempotencyKey, async () => {
      const mediator = em.create(Mediator, {
        name: input.name.trim(),
        photoUrl: input.photoUrl ?? undefined,
        sex: input.sex,
        ethnicity: input.ethnicity.trim(),
        background: input.background,
        backgroundNote: input.backgroundNote ?? undefined,
        languages: normaliseLanguages(input.languages),
        employment: input.employment,
        grade: input.grade,
        certificateNo: input.certificateNo ?? undefined,
        bio: input.bio ?? undefined,
        inExpertPool: input.inExpertPool,
        contactPhone: input.contactPhone ?? undefined,
      });
      mediator.specialties.set(codes.map((code) => em.getReference(DisputeType, code)));
      await this.flush();
      return mediator.id;
    });
    return this.reload(id);
  }

  async update(id: string, input: UpdateMediatorInput): Promise<MediatorView> {
    const mediatorId = parseId(id, 'id');
    await (await Policy.of(this.ctx)).assertMediator(mediatorId);
    const nulls = NON_NULL_ON_UPDATE.filter((k) => input[k] === null);
    if (nulls.length) throw new UserInputError(nulls.map((k) => ({ field: `input.${k}`, reason: '不能为空' })));
    const em = this.ctx.em;
    const codes = input.specialtyCodes ? await new DisputeTypeService(this.ctx.db).checkCodes(input.specialtyCodes, 'input.specialtyCodes') : null;
    const load = () => em.findOne(Mediator, mediatorId, { populate: ['specialties'], refresh: true });
    await changeLocked(em, 'mediator', mediatorId, load, () => new NotFoundError('调解员', mediatorId), async (mediator) => {
      if (codes) mediator.specialties.set(codes.map((code) => em.getReference(DisputeType, code)));
      const { specialtyCodes: _codes, languages, ...fields } = input;
      const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
      em.assign(mediator, { ...changes, ...(languages ? { languages: normaliseLanguages(languages) } : {}) });
      await this.flush(); // here, to answer a certificate number already in use as a CONFLICT
    });
    return this.reload(mediatorId);
  }

  async setActive(id: string, active: boolean): Promise<MediatorView> {
    const mediatorId = parseId(id, 'id');
    await (await Policy.of(this.ctx)).assertMediator(mediatorId);
    const em = this.ctx.em;
    await changeLocked(em, 'mediator', mediatorId, () => em.findOne(Mediator, mediatorId, { refresh: true }), () => new NotFoundError('调解员', mediatorId), async (mediator) => {
      mediator.active = active;
      await this.flush();
      // 清退: whoever signs in as this mediator is signed out everywhere, at once.
      if (!active) await this.ctx.db.rows(signOutMediatorAccounts(mediatorId));
    });
    return this.reload(mediatorId);
  }

  private async flush() {
    try {
      await this.ctx.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        throw new ConflictError('证书编号已被其他调解员使用', 'input.certificateNo');
      }
      throw error;
    }
  }

  private async reload(id: number) {
    this.ctx.loaders.mediatorById.clear(id);
    this.ctx.loaders.specialtiesOfMediator.clear(id);
    return (await this.ctx.loaders.mediatorById.load(id)) as MediatorView;
  }
}

function normaliseLanguages(languages: string[]) {
  return [...new Set(languages.map(canonicalLanguage).filter(Boolean))];
}
