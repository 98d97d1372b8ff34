import { Migration } from '@mikro-orm/migrations';

/** statistics_refresh_case as this migration wrote it (a later one replaces it; its down restores this). */
export const REFRESH_CASE_BODY = `
      declare
        previous case_statistics[];
        current case_statistics[];
      begin
        with d as (delete from case_statistics where case_id = p_case_id returning *) select array_agg(d) into previous from d;
        if previous is not null then perform statistics_apply(previous, -1); end if;
        with i as (insert into case_statistics select * from case_statistics_source where case_id = p_case_id returning *) select array_agg(i) into current from i;
        if current is not null then perform statistics_apply(current, 1); end if;
      end `;

export class Migration20261123224350StatisticsRollup extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_statistics" ("case_id" int not null, "committee_id" int not null, "region_code" varchar(12) not null, "accepted_at" timestamptz not null, "month" date not null, "dispute_type_code" varchar(32) not null, "channel" varchar(32) not null, "mediator_id" int null, "accepted" int not null, "successful" int not null, "amount_succeeded" numeric(20,2) not null, "overdue" int not null, "closed" int not null, "close_seconds" numeric not null, "judicial_confirmations" int not null, "terms_checked" int not null, "terms_performed" int not null, "follow_ups_answered" int not null, "follow_ups_satisfied" int not null, constraint "case_statistics_pkey" primary key ("case_id"));`);
    this.addSql(`create index "case_statistics_accepted_at_idx" on "case_statistics" ("accepted_at");`);

    this.addSql(`create table "statistics_rollup" ("subject" varchar(16) not null, "dimension" varchar(16) not null, "month" date not null, "value" varchar(32) not null, "accepted" int not null, "successful" int not null, "amount_succeeded" numeric(20,2) not null, "overdue" int not null, "closed" int not null, "close_seconds" numeric not null, "judicial_confirmations" int not null, "terms_checked" int not null, "terms_performed" int not null, "follow_ups_answered" int not null, "follow_ups_satisfied" int not null, constraint "statistics_rollup_pkey" primary key ("subject", "dimension", "month", "value"));`);

    // What one accepted case contributes — the single definition of every statistics figure.
    this.addSql(`create view "case_statistics_source" as
      select mc.id as case_id, mc.committee_id, c.region_code, mc.accepted_at,
        date_trunc('month', mc.accepted_at at time zone 'Asia/Shanghai')::date as month,
        mc.dispute_type_code, mc.channel::text as channel, mc.mediator_id,
        1 as accepted,
        (mc.status = 'SUCCEEDED')::int as successful,
        case when mc.status = 'SUCCEEDED' then coalesce(mc.amount_involved, 0) else 0 end::numeric(20,2) as amount_succeeded,
        (mc.overdue_flagged_at is not null)::int as overdue,
        (mc.closed_at is not null)::int as closed,
        coalesce(extract(epoch from mc.closed_at - mc.accepted_at), 0) as close_seconds,
        (select count(*) from agreement a where a.mediation_case_id = mc.id and a.judicial_result = 'CONFIRMED')::int as judicial_confirmations,
        (select count(*) from agreement_term t join agreement a on a.id = t.agreement_id where a.mediation_case_id = mc.id and t.performance <> 'PENDING')::int as terms_checked,
        (select count(*) from agreement_term t join agreement a on a.id = t.agreement_id where a.mediation_case_id = mc.id and t.performance = 'PERFORMED')::int as terms_performed,
        (select count(*) from follow_up f where f.mediation_case_id = mc.id and f.status = 'ANSWERED')::int as follow_ups_answered,
        (select count(*) from follow_up f where f.mediation_case_id = mc.id and f.status = 'ANSWERED' and f.satisfaction >= 4)::int as follow_ups_satisfied
      from mediation_case mc join committee c on c.id = mc.committee_id
      where mc.accepted_at is not null;`);

    // The rollup rows a case counts in: its committee and every region prefix (province 2, prefecture 4,
    // county 6, township 9, village 12 digits) — exactly what "committee's region like code%" selects.
    this.addSql(`create function "statistics_keys"(p_committee_id int, p_region_code text, p_type text, p_channel text, p_mediator_id int)
      returns table (subject text, dimension text, value text) language sql immutable as $$
        select s.subject, d.dimension, d.value
        from (select 'c:' || p_committee_id as subject
              union all select 'r:' || left(p_region_code, n) from unnest(array[2, 4, 6, 9, 12]) n where n <= length(p_region_code)) s
        cross join (select 'total' as dimension, '' as value
              union all select 'type', p_type
              union all select 'channel', p_channel
              union all select 'mediator', p_mediator_id::text where p_mediator_id is not null) d
      $$;`);

    // Adds (sign 1) or removes (sign -1) contributions; keys in one order so concurrent writers lock alike.
    this.addSql(`create function "statistics_apply"(p_rows case_statistics[], p_sign int) returns void language sql as $$
        insert into statistics_rollup as r (subject, dimension, month, value, accepted, successful, amount_succeeded, overdue, closed, close_seconds,
          judicial_confirmations, terms_checked, terms_performed, follow_ups_answered, follow_ups_satisfied)
        select k.subject, k.dimension, x.month, k.value, p_sign * sum(x.accepted), p_sign * sum(x.successful), p_sign * sum(x.amount_succeeded),
          p_sign * sum(x.overdue), p_sign * sum(x.closed), p_sign * sum(x.close_seconds), p_sign * sum(x.judicial_confirmations),
          p_sign * sum(x.terms_checked), p_sign * sum(x.terms_performed), p_sign * sum(x.follow_ups_answered), p_sign * sum(x.follow_ups_satisfied)
        from unnest(p_rows) x cross join lateral statistics_keys(x.committee_id, x.region_code, x.dispute_type_code, x.channel, x.mediator_id) k
        group by k.subject, k.dimension, x.month, k.value
        order by k.subject, k.dimension, x.month, k.value
        on conflict (subject, dimension, month, value) do update set
          accepted = r.accepted + excluded.accepted, successful = r.successful + excluded.successful,
          amount_succeeded = r.amount_succeeded + excluded.amount_succeeded, overdue = r.overdue + excluded.overdue,
          closed = r.closed + excluded.closed, close_seconds = r.close_seconds + excluded.close_seconds,
          judicial_confirmations = r.judicial_confirmations + excluded.judicial_confirmations,
          terms_checked = r.terms_checked + excluded.terms_checked, terms_performed = r.terms_performed + excluded.terms_performed,
          follow_ups_answered = r.follow_ups_answered + excluded.follow_ups_answered,
          follow_ups_satisfied = r.follow_ups_satisfied + excluded.follow_ups_satisfied
      $$;`);

    // Recounts one case: takes its last contribution out of the rollup and puts its current one in.
    this.addSql(`create function "statistics_refresh_case"(p_case_id int) returns void language plpgsql as $$${REFRESH_CASE_BODY}$$;`);

    // Recounts everything from the source tables (after bulk loads that bypass the triggers).
    this.addSql(`create function "statistics_rebuild"() returns void language plpgsql as $$
      begin
        truncate case_statistics, statistics_rollup;
        insert into case_statistics select * from case_statistics_source;
        insert into statistics_rollup select k.subject, k.dimension, x.month, k.value, sum(x.accepted), sum(x.successful), sum(x.amount_succeeded),
          sum(x.overdue), sum(x.closed), sum(x.close_seconds), sum(x.judicial_confirmations), sum(x.terms_checked), sum(x.terms_performed),
          sum(x.follow_ups_answered), sum(x.follow_ups_satisfied)
        from case_statistics x cross join lateral statistics_keys(x.committee_id, x.region_code, x.dispute_type_code, x.channel, x.mediator_id) k
        group by k.subject, k.dimension, x.month, k.value;
      end $$;`);

    this.addSql(`create function "statistics_case_changed"() returns trigger language plpgsql as $$
      begin
        perform statistics_refresh_case(case when tg_op = 'DELETE' then old.id else new.id end);
        return null;
      end $$;`);
    this.addSql(`create trigger "statistics_case" after insert or delete or update of committee_id, status, channel, dispute_type_code, mediator_id,
      amount_involved, accepted_at, closed_at, overdue_flagged_at on "mediation_case" for each row execute function statistics_case_changed();`);

    this.addSql(`create function "statistics_child_changed"() returns trigger language plpgsql as $$
      declare
        ids int[];
      begin
        if tg_table_name = 'agreement_term' then
          select array_agg(distinct a.mediation_case_id) into ids from agreement a
          where a.id in (case when tg_op <> 'INSERT' then old.agreement_id end, case when tg_op <> 'DELETE' then new.agreement_id end);
        else
          ids := array_remove(array[case when tg_op <> 'INSERT' then old.mediation_case_id end, case when tg_op <> 'DELETE' then new.mediation_case_id end], null);
        end if;
        perform statistics_refresh_case(id) from (select distinct unnest(ids) as id) x;
        return null;
      end $$;`);
    this.addSql(`create trigger "statistics_agreement" after insert or delete or update of mediation_case_id, judicial_result on "agreement" for each row execute function statistics_child_changed();`);
    this.addSql(`create trigger "statistics_agreement_term" after insert or delete or update of agreement_id, performance on "agreement_term" for each row execute function statistics_child_changed();`);
    this.addSql(`create trigger "statistics_follow_up" after insert or delete or update of mediation_case_id, status, satisfaction on "follow_up" for each row execute function statistics_child_changed();`);

    this.addSql(`create function "statistics_committee_moved"() returns trigger language plpgsql as $$
      begin
        perform statistics_refresh_case(id) from mediation_case where committee_id = new.id;
        return null;
      end $$;`);
    this.addSql(`create trigger "statistics_committee" after update of region_code on "committee" for each row when (old.region_code is distinct from new.region_code) execute function statistics_committee_moved();`);

    this.addSql(`select statistics_rebuild();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "statistics_committee" on "committee";`);
    this.addSql(`drop trigger if exists "statistics_follow_up" on "follow_up";`);
    this.addSql(`drop trigger if exists "statistics_agreement_term" on "agreement_term";`);
    this.addSql(`drop trigger if exists "statistics_agreement" on "agreement";`);
    this.addSql(`drop trigger if exists "statistics_case" on "mediation_case";`);
    this.addSql(`drop function if exists "statistics_committee_moved"(), "statistics_child_changed"(), "statistics_case_changed"(), "statistics_rebuild"(), "statistics_refresh_case"(int);`);
    this.addSql(`drop function if exists "statistics_apply"(case_statistics[], int), "statistics_keys"(int, text, text, text, int);`);
    this.addSql(`drop view if exists "case_statistics_source";`);
    this.addSql(`drop table if exists "case_statistics" cascade;`);

    this.addSql(`drop table if exists "statistics_rollup" cascade;`);
  }

}
