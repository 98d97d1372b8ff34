import type { GraphQLSchema } from 'graphql';
import { committeeCount, committeePage } from '../modules/committee/committee.queries';
import { CommitteeFilter } from '../modules/committee/committee.inputs';
import { PRIOR_COUNT, PRIOR_MEAN } from '../modules/feedback/rating';
import { MediatorFilter, MediatorSortOrder } from '../modules/mediator/mediator.inputs';
import { mediatorCount, mediatorMenuPage } from '../modules/mediator/mediator.queries';
import { parseId } from '../shared/ids';
import { checkPageSize, decodeCursor, encodeCursor } from '../shared/pagination';
import { sql } from '../shared/sql';
import { validateInput } from '../validate';
import { CASE_ROOTS, CASE_TABLES, CASE_TYPES } from './case-pages';
import type { CompiledRoot, CompiledType } from './compiled-query';
import { STATISTICS_ROOTS, STATISTICS_TYPES } from './statistics-pages';

/**
 * The public network pages — the mediator menu and the committee list with their members,
 * specialties and memberships — as compiled statements. Each field reads what its resolver reads
 * (the same filters: active memberships of active committees, active members; the same order), and
 * each root builds its page with the very query functions its service uses.
 */

const column = (name: string) => ({ kind: 'value' as const, sql: (t: string) => `${t}.${name}` });
const id = (name = 'id') => ({ kind: 'value' as const, sql: (t: string) => `${t}.${name}::text` });

/** The nested `first` of a list field, as its resolver checks it (a refusal leaves the page to the ordinary execution). */
const limitOf = (args: Record<string, unknown>) => checkPageSize(args.first as number | null | undefined);

export const COMPILED_TABLES: Record<string, string> = {
  ...CASE_TABLES,
  Mediator: 'mediator',
  Committee: 'committee',
  Membership: 'membership',
  DisputeType: 'dispute_type',
};

export const COMPILED_TYPES: Record<string, CompiledType> = {
  ...CASE_TYPES,
  ...STATISTICS_TYPES,
  Mediator: {
    fields: {
      id: id(),
      name: column('name'),
      photoUrl: column('photo_url'),
      sex: column('sex'),
      ethnicity: column('ethnicity'),
      background: column('background'),
      backgroundNote: column('background_note'),
      languages: column('languages'),
      employment: column('employment'),
      grade: column('grade'),
      certificateNo: column('certificate_no'),
      bio: column('bio'),
      inExpertPool: column('in_expert_pool'),
      contactPhone: column('contact_phone'),
      active: column('active'),
      ratingCount: column('rating_count'),
      // smoothedRating() in double precision, rounded as Math.round does (halves up), so the numbers are the same.
      rating: {
        kind: 'value',
        sql: (t) => `case when ${t}.rating_count > 0 then floor((${PRIOR_MEAN * PRIOR_COUNT} + ${t}.rating_sum)::float8 / (${PRIOR_COUNT} + ${t}.rating_count) * 100 + 0.5) / 100 end`,
      },
      specialties: {
        kind: 'list',
        from: (t) => `select d.*, d.sort_order as position from mediator_specialty s join dispute_type d on d.code = s.dispute_type_code where s.mediator_id = ${t}.id`,
      },
      memberships: {
        kind: 'list',
        from: (t) => `select ms.*, row_number() over (order by ms.role, c.id) as position
          from membership ms join committee c on c.id = ms.committee_id where ms.mediator_id = ${t}.id and ms.active and c.active`,
      },
    },
  },
  Committee: {
    fields: {
      id: id(),
      name: column('name'),
      kind: column('kind'),
      regionCode: column('region_code'),
      parentId: id('parent_id'),
      hostInstitution: column('host_institution'),
      hostName: column('host_name'),
      address: column('address'),
      phone: column('phone'),
      latitude: column('latitude'),
      longitude: column('longitude'),
      serviceHours: column('service_hours'),
      introduction: column('introduction'),
      caseDeadlineDays: column('case_deadline_days'),
      acceptanceDeadlineDays: column('acceptance_deadline_days'),
      active: column('active'),
      memberCount: {
        kind: 'value',
        sql: (t) => `(select count(*)::int from membership ms join mediator m on m.id = ms.mediator_id where ms.committee_id = ${t}.id and ms.active and m.active)`,
      },
      disputeTypes: {
        kind: 'list',
        from: (t) => `select d.*, d.sort_order as position from committee_dispute_type x join dispute_type d on d.code = x.dispute_type_code where x.committee_id = ${t}.id`,
      },
      // 主任 first, then by grade (membersOfCommittees).
      members: {
        kind: 'list',
        from: (t, args) => `select * from (select ms.*, row_number() over (order by ms.role, m.grade, m.id) as position
          from membership ms join mediator m on m.id = ms.mediator_id where ms.committee_id = ${t}.id and ms.active and m.active) x
          where x.position <= ${limitOf(args)}`,
      },
    },
  },
  Membership: {
    fields: {
      id: id(),
      role: column('role'),
      committee: { kind: 'object', from: (t) => `select * from committee where id = ${t}.committee_id` },
      mediator: { kind: 'object', from: (t) => `select * from mediator where id = ${t}.mediator_id` },
    },
  },
  DisputeType: {
    fields: {
      code: column('code'),
      label: column('label'),
    },
  },
};

/** The resolver's own input check (class-validator, strings trimmed), on an instance of its input class. */
async function validFilter<T extends object>(schema: GraphQLSchema, fieldName: string, type: new () => T, value: unknown): Promise<T | null> {
  if (value == null) return null;
  const instance = Object.assign(new type(), value);
  await validateInput(instance, type, { info: { parentType: schema.getQueryType(), fieldName } } as never);
  return instance;
}

/** Runs `build`; an argument its resolver would refuse makes the page the ordinary execution's. */
async function orFallBack<T>(build: () => Promise<T>): Promise<T | null> {
  try {
    return await build();
  } catch {
    return null;
  }
}

export const COMPILED_ROOTS: Record<string, CompiledRoot> = {
  ...CASE_ROOTS,
  ...STATISTICS_ROOTS,
  mediators: {
    nodeType: 'Mediator',
    page: (args, schema) =>
      orFallBack(async () => {
        const filter = await validFilter(schema, 'mediators', MediatorFilter, args.filter);
        const sort = args.sort as MediatorSortOrder;
        const size = checkPageSize(args.first as number | null | undefined);
        const grade = sort === MediatorSortOrder.GRADE;
        const key = decodeCursor(args.after as string | null | undefined, grade ? ['number', 'number'] : ['number', 'number', 'number']) as number[] | undefined;
        const f = { ...filter, committeeId: filter?.committeeId ? parseId(filter.committeeId, 'filter.committeeId') : null };
        return {
          // Every order of the menu is (score desc, grade, id); the score is 0 where it does not apply.
          rows: sql`select q.id, q.score, q.grade, row_number() over (order by q.score desc, q.grade, q.id) as position
            from (${mediatorMenuPage(f, sort, key, size + 1)}) q`,
          size,
          cursorKey: grade ? 'json_build_array(p.grade, p.id)' : 'json_build_array(p.score, p.grade, p.id)',
          encodeCursor: (k) => encodeCursor(k as number[]),
          count: () => mediatorCount(f),
          prepare: !f.regionCode,
        };
      }),
  },
  committees: {
    nodeType: 'Committee',
    page: (args, schema) =>
      orFallBack(async () => {
        const filter = (await validFilter(schema, 'committees', CommitteeFilter, args.filter)) ?? {};
        const size = checkPageSize(args.first as number | null | undefined);
        const key = decodeCursor(args.after as string | null | undefined, ['string', 'number']) as [string, number] | undefined;
        return {
          rows: sql`select q.id, q."regionCode", row_number() over (order by q."regionCode", q.id) as position from (${committeePage(filter, key, size + 1)}) q`,
          size,
          cursorKey: 'json_build_array(p."regionCode", p.id)',
          encodeCursor: (k) => encodeCursor(k as [string, number]),
          count: () => committeeCount(filter),
          prepare: !filter.regionCode,
        };
      }),
  },
};
