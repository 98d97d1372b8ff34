import { Migration } from '@mikro-orm/migrations';
import { REFRESH_CASE_BODY } from './Migration20261123224350StatisticsRollup';
import { CHINA_DAY, DAILY, MEASURES, REBUILD_DAILY, REBUILD_MONTHLY, STATISTICS_APPLY_WITH_DAILY, STATISTICS_REBUILD_WITH_DAILY } from './Migration20261124001437StatisticsDaily';

const columns = MEASURES.join(', ');
const sums = MEASURES.map((m) => `sum(x.${m})`).join(', ');
const addOnConflict = MEASURES.map((m) => `${m} = r.${m} + excluded.${m}`).join(', ');
/** What identifies where a case counts (its keys); the measures are what it counts. */
const KEY_COLUMNS = ['committee_id', 'region_code', 'accepted_at', 'month', 'dispute_type_code', 'channel', 'mediator_id'];
const CASE_COLUMNS = ['case_id', ...KEY_COLUMNS, ...MEASURES];
const row = (record: string, sign: '' | '-') => CASE_COLUMNS.map((c) => (MEASURES.includes(c) ? `${sign}${record}.${c}` : `${record}.${c}`)).join(', ');
/** 'tiaojie statistics fold' as a 64-bit advisory-lock key: one fold at a time, the others skip. */
const FOLD_LOCK = '7309543110429286402';

/**
 * Writers append, one folder sums (issue 14). Every change of a case used to upsert the same
 * province and prefecture rows of the rollups inside its own transaction, so concurrent writers
 * queued on those row locks until each committed (64 writers on 2 cores: 73 commits/s, p99 3.6 s,
 * against 2 040 without the trigger). Now a change appends what it changed about the case — one
 * row, or two when the case moved to other keys (the previous contribution negated, the current
 * one) — to `case_statistics_delta`, which nobody updates; `statistics_fold()` (the job runner,
 * every pass) expands those rows over their rollup keys and adds them to both rollups in one
 * statement. Readers add the rows not yet folded, as per-case rows, so every figure stays exact.
 * The per-case row is updated in place rather than deleted and inserted again, and a change that
 * alters no figure writes nothing.
 */
export class Migration20261202170000StatisticsDeltas extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_statistics_delta" ("id" bigserial primary key, "case_id" int not null, "committee_id" int not null, "region_code" varchar(12) not null, "accepted_at" timestamptz not null, "month" date not null, "dispute_type_code" varchar(32) not null, "channel" varchar(32) not null, "mediator_id" int null, "accepted" int not null, "successful" int not null, "amount_succeeded" numeric(20,2) not null, "overdue" int not null, "closed" int not null, "close_seconds" numeric not null, "judicial_confirmations" int not null, "terms_checked" int not null, "terms_performed" int not null, "follow_ups_answered" int not null, "follow_ups_satisfied" int not null);`);

    this.addSql(`create or replace function "statistics_refresh_case"(p_case_id int) returns void language plpgsql as $$
      declare
        previous case_statistics;
        current case_statistics;
      begin
        select * into previous from case_statistics where case_id = p_case_id;
        select * into current from case_statistics_source where case_id = p_case_id;
        if previous is not distinct from current then return; end if;
        if current.case_id is null then
          delete from case_statistics where case_id = p_case_id;
        elsif previous.case_id is null then
          insert into case_statistics select current.*;
        else
          -- In place: while the case keeps its keys, no index changes (a HOT update).
          update case_statistics set (${CASE_COLUMNS.slice(1).join(', ')}) = (${CASE_COLUMNS.slice(1).map((c) => `current.${c}`).join(', ')}) where case_id = p_case_id;
        end if;
        if previous.case_id is not null and current.case_id is not null and (${KEY_COLUMNS.map((c) => `previous.${c}`).join(', ')}) is not distinct from (${KEY_COLUMNS.map((c) => `current.${c}`).join(', ')}) then
          -- Same keys: one row, the difference.
          insert into case_statistics_delta (${CASE_COLUMNS.join(', ')}) values (${CASE_COLUMNS.map((c) => (MEASURES.includes(c) ? `current.${c} - previous.${c}` : `current.${c}`)).join(', ')});
        else
          if previous.case_id is not null then insert into case_statistics_delta (${CASE_COLUMNS.join(', ')}) values (${row('previous', '-')}); end if;
          if current.case_id is not null then insert into case_statistics_delta (${CASE_COLUMNS.join(', ')}) values (${row('current', '')}); end if;
        end if;
      end $$;`);
    this.addSql(`drop function "statistics_apply"(case_statistics[], int);`);
    // Room on every page for a changed row next to its old version (HOT updates: no index writes).
    this.addSql(`alter table "case_statistics" set (fillfactor = 80);`);

    // Deletes the rows it can see and adds them to both rollups in the same statement: a row
    // committed meanwhile is neither deleted nor added, and waits for the next fold. Keys in order,
    // and one fold at a time (the others return 0 at once).
    this.addSql(`create or replace function "statistics_fold"() returns int language plpgsql as $$
      declare folded int;
      begin
        if not pg_try_advisory_xact_lock(${FOLD_LOCK}) then return 0; end if;
        with moved as (delete from case_statistics_delta returning *),
        monthly as (
          insert into statistics_rollup as r (subject, dimension, month, value, ${columns})
          select k.subject, k.dimension, x.month, k.value, ${sums}
          from moved x cross join lateral statistics_keys(x.committee_id, x.region_code, x.dispute_type_code, x.channel, x.mediator_id) k
          group by 1, 2, 3, 4 order by 1, 2, 3, 4
          on conflict (subject, dimension, month, value) do update set ${addOnConflict}),
        daily as (
          insert into statistics_rollup_daily as r (subject, dimension, day, value, ${columns})
          select k.subject, k.dimension, ${CHINA_DAY}, k.value, ${sums}
          from moved x cross join lateral statistics_keys(x.committee_id, x.region_code, x.dispute_type_code, x.channel, x.mediator_id) k
          where ${DAILY}
          group by 1, 2, 3, 4 order by 1, 2, 3, 4
          on conflict (subject, dimension, day, value) do update set ${addOnConflict})
        select count(*) into folded from moved;
        return folded;
      end $$;`);

    this.addSql(`create or replace function "statistics_rebuild"() returns void language plpgsql as $$
      begin
        truncate case_statistics, statistics_rollup, statistics_rollup_daily, case_statistics_delta;
        ${REBUILD_MONTHLY}
        ${REBUILD_DAILY}
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`select statistics_fold();`);
    this.addSql(`alter table "case_statistics" reset (fillfactor);`);
    this.addSql(STATISTICS_APPLY_WITH_DAILY);
    this.addSql(`create or replace function "statistics_refresh_case"(p_case_id int) returns void language plpgsql as $$${REFRESH_CASE_BODY}$$;`);
    this.addSql(STATISTICS_REBUILD_WITH_DAILY);
    this.addSql(`drop function if exists "statistics_fold"();`);
    this.addSql(`drop table if exists "case_statistics_delta";`);
  }

}
