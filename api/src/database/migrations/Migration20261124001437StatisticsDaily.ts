import { Migration } from '@mikro-orm/migrations';

export const MEASURES = ['accepted', 'successful', 'amount_succeeded', 'overdue', 'closed', 'close_seconds', 'judicial_confirmations', 'terms_checked',
  'terms_performed', 'follow_ups_answered', 'follow_ups_satisfied'];
export const signedSums = MEASURES.map((m) => `p_sign * sum(x.${m})`).join(', ');
export const sums = MEASURES.map((m) => `sum(x.${m})`).join(', ');
export const addOnConflict = MEASURES.map((m) => `${m} = r.${m} + excluded.${m}`).join(', ');
/** Which rollup keys also get a row per day: province and prefecture subjects, no mediator breakdown. */
export const DAILY = `k.subject like 'r:%' and length(k.subject) <= 6 and k.dimension <> 'mediator'`;
export const CHINA_DAY = `(x.accepted_at at time zone 'Asia/Shanghai')::date`;
/** The monthly halves, as migration …StatisticsRollup wrote them (up adds the daily ones; down keeps these). */
export const APPLY_MONTHLY = `insert into statistics_rollup as r (subject, dimension, month, value, ${MEASURES.join(', ')})
        select k.subject, k.dimension, x.month, k.value, ${signedSums}
        from unnest(p_rows) x cross join lateral statistics_keys(x.committee_id, x.region_code, x.dispute_type_code, x.channel, x.mediator_id) k
        group by k.subject, k.dimension, x.month, k.value
        order by k.subject, k.dimension, x.month, k.value
        on conflict (subject, dimension, month, value) do update set ${addOnConflict};`;
export const REBUILD_MONTHLY = `insert into case_statistics select * from case_statistics_source;
        insert into statistics_rollup select k.subject, k.dimension, x.month, k.value, ${sums}
        from case_statistics x cross join lateral statistics_keys(x.committee_id, x.region_code, x.dispute_type_code, x.channel, x.mediator_id) k
        group by k.subject, k.dimension, x.month, k.value;`;

/** statistics_apply as this migration leaves it: both rollups upserted in the writer's transaction. */
export const STATISTICS_APPLY_WITH_DAILY = `create or replace function "statistics_apply"(p_rows case_statistics[], p_sign int) returns void language sql as $$
        ${APPLY_MONTHLY}
        insert into statistics_rollup_daily as r (subject, dimension, day, value, ${MEASURES.join(', ')})
        select k.subject, k.dimension, ${CHINA_DAY}, k.value, ${signedSums}
        from unnest(p_rows) x cross join lateral statistics_keys(x.committee_id, x.region_code, x.dispute_type_code, x.channel, x.mediator_id) k
        where ${DAILY}
        group by k.subject, k.dimension, ${CHINA_DAY}, k.value
        order by k.subject, k.dimension, ${CHINA_DAY}, k.value
        on conflict (subject, dimension, day, value) do update set ${addOnConflict};
      $$;`;
export const REBUILD_DAILY = `insert into statistics_rollup_daily select k.subject, k.dimension, ${CHINA_DAY}, k.value, ${sums}
        from case_statistics x cross join lateral statistics_keys(x.committee_id, x.region_code, x.dispute_type_code, x.channel, x.mediator_id) k
        where ${DAILY}
        group by k.subject, k.dimension, ${CHINA_DAY}, k.value;`;

/** statistics_rebuild as this migration leaves it: the per-case rows, then both rollups, recounted. */
export const STATISTICS_REBUILD_WITH_DAILY = `create or replace function "statistics_rebuild"() returns void language plpgsql as $$
      begin
        truncate case_statistics, statistics_rollup, statistics_rollup_daily;
        ${REBUILD_MONTHLY}
        ${REBUILD_DAILY}
      end $$;`;

export class Migration20261124001437StatisticsDaily extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "statistics_rollup_daily" ("subject" varchar(16) not null, "dimension" varchar(16) not null, "day" date not null, "value" varchar(32) not null, "accepted" int not null, "successful" int not null, "amount_succeeded" numeric(20,2) not null, "overdue" int not null, "closed" int not null, "close_seconds" numeric not null, "judicial_confirmations" int not null, "terms_checked" int not null, "terms_performed" int not null, "follow_ups_answered" int not null, "follow_ups_satisfied" int not null, constraint "statistics_rollup_daily_pkey" primary key ("subject", "dimension", "day", "value"));`);

    // The trigger's one function now keeps both tables: the same contributions, by month and by day.
    this.addSql(STATISTICS_APPLY_WITH_DAILY);
    this.addSql(STATISTICS_REBUILD_WITH_DAILY);
    this.addSql(`select statistics_rebuild();`);
  }

  override async down(): Promise<void> {
    // Back to the monthly rollup alone, as migration …StatisticsRollup left it.
    this.addSql(`create or replace function "statistics_apply"(p_rows case_statistics[], p_sign int) returns void language sql as $$
        ${APPLY_MONTHLY}
      $$;`);
    this.addSql(`create or replace function "statistics_rebuild"() returns void language plpgsql as $$
      begin
        truncate case_statistics, statistics_rollup;
        ${REBUILD_MONTHLY}
      end $$;`);
    this.addSql(`drop table if exists "statistics_rollup_daily" cascade;`);
  }

}
