import type { Context } from '../../context';
import { UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { likeEscape, sql, type Sql } from '../../shared/sql';
import { Policy } from '../staff/policy';

export interface OversightScope {
  committeeId: number | null;
  regionCode: string | null;
  /** Selects the cases in scope, over `mediation_case mc join committee c`. */
  condition: Sql;
  /** The same scope as a `statistics_rollup.subject`: `c:<committee id>` or `r:<region code>`. */
  subject: string;
}

/**
 * The scope the input names — exactly one committee or one region's subtree — before anyone's
 * right to it is checked (resolveScope); BAD_USER_INPUT when it names neither or both.
 */
export function scopeOf(input: { committeeId?: string | null; regionCode?: string | null }): OversightScope {
  if (!!input.committeeId === !!input.regionCode) throw new UserInputError({ field: 'committeeId', reason: '请指定一个调委会或一个行政区划（二选一）' });
  if (input.committeeId) {
    const committeeId = parseId(input.committeeId, 'committeeId');
    return { committeeId, regionCode: null, condition: sql`mc.committee_id = ${committeeId}`, subject: `c:${committeeId}` };
  }
  const regionCode = input.regionCode as string;
  return { committeeId: null, regionCode, condition: sql`c.region_code like ${`${likeEscape(regionCode)}%`}`, subject: `r:${regionCode}` };
}

/**
 * What oversight figures are about: exactly one committee or one region's subtree, which the
 * viewer must oversee (the committee's own admin, the justice office above it, a system admin).
 * `structural` figures (subsidies) are the justice office's alone.
 */
export async function resolveScope(
  ctx: Context,
  input: { committeeId?: string | null; regionCode?: string | null },
  options: { structural: boolean } = { structural: false },
): Promise<OversightScope> {
  const scope = scopeOf(input);
  if (scope.regionCode !== null && !(await ctx.loaders.regionByCode.load(scope.regionCode))) {
    throw new UserInputError({ field: 'regionCode', reason: `行政区划 ${scope.regionCode} 不存在` });
  }
  await authorizeScope(ctx, scope, options);
  return scope;
}

/**
 * Whether the viewer oversees the scope (FORBIDDEN, or NOT_FOUND for a committee, otherwise) — all
 * of resolveScope's check but whether its region exists, which the compiled statistics check in
 * their statement.
 */
export async function authorizeScope(ctx: Context, scope: OversightScope, options: { structural: boolean } = { structural: false }) {
  const policy = await Policy.of(ctx);
  if (scope.committeeId !== null) await policy.assertCommittee(scope.committeeId, options);
  else policy.assertRegion(scope.regionCode as string);
}
