import { Role } from '../auth-checker';
import { checkTopMediators, childCodeLength, MAX_TOP_MEDIATORS } from '../modules/statistics/statistics.service';
import { authorizeScope, scopeOf } from '../modules/statistics/scope';
import { areaFigures, BREAKDOWN_SQL, FIGURES, figures, HEADLINE_SQL, mediatorFigures, preparedFigures, totalRowSql } from '../modules/statistics/statistics.queries';
import { checkPeriod } from '../shared/period';
import { raw, sql } from '../shared/sql';
import type { CompiledField, CompiledRoot, CompiledType } from './compiled-query';

/**
 * The statistics (统计看板) compiled: for each period the figures statement graphql-js runs, and
 * over it the very expressions StatisticsService answers with (HEADLINE_SQL, BREAKDOWN_SQL), the top
 * mediators and the regions side by side — one statement for all the periods a request asks for
 * (QueryCompiler.execute), for those the resolver lets see the scope (its roles, then
 * resolveScope's check, on every request).
 */

const SCOPE = 'stat_scope';
const MEDIATORS = 'stat_mediators';
const AREAS = 'stat_areas';

const column = (name: string): CompiledField => ({ kind: 'value', sql: (t) => `${t}."${name}"` });
const columns = (...names: string[]) => Object.fromEntries(names.map((name) => [name, column(name)]));

export const STATISTICS_TYPES: Record<string, CompiledType> = {
  Statistics: {
    fields: {
      ...Object.fromEntries(Object.entries(HEADLINE_SQL).map(([name, value]) => [name, { kind: 'value', sql: value }])),
      ...Object.fromEntries(Object.entries(BREAKDOWN_SQL).map(([name, rows]) => [name, { kind: 'list', from: () => rows }])),
      byMediator: {
        kind: 'list',
        // The resolver's own refusal (BAD_USER_INPUT) throws here: the ordinary execution reports it.
        from: (_t, args) => `select * from ${MEDIATORS} where position <= ${checkTopMediators(args.first as number)}`,
      },
      byArea: { kind: 'list', from: () => `select * from ${AREAS}` },
    },
  },
  StatisticsShare: { fields: columns('code', 'label', 'count', 'share') },
  MonthlyStatistics: { fields: columns('month', 'accepted', 'successful') },
  MediatorStatistics: { fields: { ...columns('name', 'cases', 'successful', 'successRate'), mediatorId: { kind: 'value', sql: (t) => `${t}."mediatorId"::text` } } },
  AreaStatistics: { fields: columns('regionCode', 'name', 'accepted', 'successful', 'successRate', 'overdue', 'amountInvolved') },
};

const OVERSIGHT_ROLES: string[] = [Role.COMMITTEE_ADMIN, Role.JUSTICE_OFFICE, Role.SYSTEM_ADMIN];

export const STATISTICS_ROOTS: Record<string, CompiledRoot> = {
  statistics: {
    nodeType: 'Statistics',
    // The resolver's @Authorized roles, then its scope check (the region's existence is the statement's).
    async authorize(args, ctx) {
      const viewer = await ctx.viewer();
      if (!viewer?.staff.some((s) => OVERSIGHT_ROLES.includes(s.role))) return false;
      await authorizeScope(ctx, scopeOf(args));
      return true;
    },
    async compute(args) {
      let scope, period;
      try {
        scope = scopeOf(args);
        period = checkPeriod(args as { from: string; to: string });
      } catch {
        return null;
      }
      const childLength = scope.regionCode === null ? undefined : childCodeLength(scope.regionCode);
      const areas =
        scope.regionCode !== null && childLength !== undefined
          ? areaFigures(scope.regionCode, childLength, period, 'rollup')
          : sql`select null::text as "regionCode", null::text as name, 0 as accepted, 0 as successful, null::float8 as "successRate", 0 as overdue,
              '0' as "amountInvolved", 0 as position where false`;
      // Lists not selected are never read, so PostgreSQL does not run them. A region that does not
      // exist yields no row: graphql-js then answers (BAD_USER_INPUT, as resolveScope says).
      const exists = scope.regionCode === null ? sql`select` : sql`select from region where code = ${scope.regionCode}`;
      return {
        with: sql`${raw(SCOPE)} as (${exists}),
          ${raw(FIGURES)} as materialized (${figures(scope, period, 'rollup')}),
          ${raw(MEDIATORS)} as (${mediatorFigures(scope, period, 'rollup', MAX_TOP_MEDIATORS)}),
          ${raw(AREAS)} as (${areas})`,
        from: `${totalRowSql('n')} where exists (select from ${SCOPE})`,
        prepare: preparedFigures(period, 'rollup'),
      };
    },
  },
};
