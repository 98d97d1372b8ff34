import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { checkPageSize, decodeCursor, toPage } from '../../shared/pagination';
import { MediationCase } from './case.entity';

/** One page of cases, newest first; the cursor is the last id. */
export async function casePage(ctx: Context, where: FilterQuery<MediationCase>, first: number | null | undefined, after: string | null | undefined) {
  const size = checkPageSize(first);
  const key = decodeCursor(after, ['number']);
  const rows = await ctx.em.find(
    MediationCase,
    { $and: [where, ...(key ? [{ id: { $lt: key[0] as number } }] : [])] },
    { orderBy: { id: 'desc' }, limit: size + 1, populate: ['parties'] },
  );
  return toPage(rows, size, (c) => [c.id], () => ctx.em.count(MediationCase, where));
}
