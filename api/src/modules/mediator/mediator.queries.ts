import { join, likeEscape, sql, type Sql } from '../../shared/sql';
import { PRIOR_COUNT, PRIOR_MEAN } from '../feedback/rating';
import { canonicalLanguage } from './language-vocabulary';
import type { Employment } from './mediator-enums';

export const mediatorColumns = sql`m.id, m.name, m.photo_url as "photoUrl", m.sex, m.ethnicity, m.background,
  m.background_note as "backgroundNote", m.languages, m.employment, m.grade, m.certificate_no as "certificateNo",
  m.bio, m.in_expert_pool as "inExpertPool", m.contact_phone as "contactPhone", m.rating_sum as "ratingSum",
  m.rating_count as "ratingCount", m.active`;

export interface MediatorMenuFilter {
  regionCode?: string | null;
  committeeId?: number | null;
  specialty?: string | null;
  grades?: number[] | null;
  language?: string | null;
  employment?: Employment | null;
  inExpertPool?: boolean | null;
  search?: string | null;
}

export type MediatorSort = 'RELEVANCE' | 'GRADE' | 'RATING';

function conditions(filter: MediatorMenuFilter): Sql {
  const parts: Sql[] = [sql`m.active`];
  if (filter.regionCode) {
    parts.push(sql`exists (select 1 from membership ms join committee c on c.id = ms.committee_id
      where ms.mediator_id = m.id and ms.active and c.active and c.region_code like ${`${likeEscape(filter.regionCode)}%`})`);
  }
  if (filter.committeeId != null) {
    parts.push(sql`exists (select 1 from membership ms where ms.mediator_id = m.id and ms.active and ms.committee_id = ${filter.committeeId})`);
  }
  if (filter.specialty) {
    parts.push(sql`exists (select 1 from mediator_specialty s where s.mediator_id = m.id and s.dispute_type_code = ${filter.specialty})`);
  }
  if (filter.grades?.length) parts.push(sql`m.grade = any(${filter.grades}::int[])`);
  if (filter.language?.trim()) parts.push(sql`m.languages @> array[${canonicalLanguage(filter.language)}]::text[]`);
  if (filter.employment) parts.push(sql`m.employment = ${filter.employment}::employment`);
  if (filter.inExpertPool != null) parts.push(sql`m.in_expert_pool = ${filter.inExpertPool}`);
  const text = filter.search?.trim();
  if (text) parts.push(sql`${relevance(text)} > 0`);
  return join(parts, ' and ');
}

/**
 * How well a mediator matches the free text: the name weighs most, then a specialty, then the
 * languages, background and bio. Chinese has no word boundaries, so matching is by substring.
 */
function relevance(text: string): Sql {
  const like = `%${likeEscape(text)}%`;
  return sql`(case when m.name = ${text} then 100 when m.name like ${like} then 60 else 0 end
    + case when exists (select 1 from mediator_specialty s join dispute_type d on d.code = s.dispute_type_code
        where s.mediator_id = m.id and (d.label like ${like} or d.code = ${text.toUpperCase()})) then 40 else 0 end
    + case when array_to_string(m.languages, ' ') like ${`%${likeEscape(canonicalLanguage(text))}%`} then 20 else 0 end
    + case when coalesce(m.background_note, '') like ${like} then 10 else 0 end
    + case when coalesce(m.bio, '') like ${like} then 5 else 0 end)`;
}

/**
 * One page of the mediator menu. RELEVANCE orders by match score (0 without search text),
 * then grade (一级 first), then id; GRADE by grade then id. The cursor is that sort key.
 */
export function mediatorMenuPage(filter: MediatorMenuFilter, sort: MediatorSort, after: readonly number[] | undefined, limit: number) {
  const text = filter.search?.trim();
  if (sort === 'RATING') {
    // The smoothed rating (see feedback/rating.ts) in hundredths, so the cursor stays whole numbers.
    const rating = sql`round((${PRIOR_MEAN * PRIOR_COUNT} + m.rating_sum)::numeric / (${PRIOR_COUNT} + m.rating_count) * 100)::int`;
    return scored(filter, rating, after, limit);
  }
  if (sort === 'GRADE' || !text) {
    // Without search text every score is 0, so RELEVANCE is the grade order; written without
    // the score so PostgreSQL can walk the (grade, id) index and stop after `limit` rows.
    const key = sort === 'GRADE' ? after : after?.slice(1);
    return sql`select ${mediatorColumns}, 0 as score from mediator m where ${conditions(filter)}
      ${key ? sql`and (m.grade, m.id) > (${key[0]}, ${key[1]})` : sql``}
      order by m.grade, m.id limit ${limit}`;
  }
  return scored(filter, relevance(text), after, limit);
}

/** Ordered by a computed score (highest first), then grade, then id; the cursor is that triple. */
function scored(filter: MediatorMenuFilter, score: Sql, after: readonly number[] | undefined, limit: number) {
  return sql`select * from (select ${mediatorColumns}, ${score} as score from mediator m where ${conditions(filter)}) t
    ${after ? sql`where (-t.score, t.grade, t.id) > (${-(after[0])}, ${after[1]}, ${after[2]})` : sql``}
    order by t.score desc, t.grade, t.id limit ${limit}`;
}

export const mediatorCount = (filter: MediatorMenuFilter) =>
  sql`select count(*)::int as count from mediator m where ${conditions(filter)}`;

export const mediatorsByIds = (ids: readonly number[]) =>
  sql`select ${mediatorColumns} from mediator m where m.id = any(${ids}::int[])`;

export const specialtiesOfMediators = (ids: readonly number[]) =>
  sql`select s.mediator_id as "mediatorId", d.code, d.label
      from mediator_specialty s join dispute_type d on d.code = s.dispute_type_code
      where s.mediator_id = any(${ids}::int[]) order by d.sort_order`;

/** Cases each mediator has closed (调解成功 or 调解不成), and how many succeeded — the menu's track record. */
export const caseRecordOfMediators = (mediatorIds: readonly number[]) =>
  sql`select mc.mediator_id as "mediatorId", count(*)::int as closed, count(*) filter (where mc.status = 'SUCCEEDED')::int as successful
      from mediation_case mc
      where mc.mediator_id = any(${mediatorIds}::int[]) and mc.status in ('SUCCEEDED', 'FAILED')
      group by mc.mediator_id`;

/** How many active mediators speak each language, for the menu's language filter. */
export const mediatorLanguageCounts = () =>
  sql`select l as label, count(*)::int as count from mediator m, unnest(m.languages) l where m.active group by l`;
