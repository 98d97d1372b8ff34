import { Migration } from '@mikro-orm/migrations';

export class Migration20261123210940Cases extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "case_status" as enum ('PENDING_ACCEPTANCE', 'AWAITING_CONSENT', 'CHOOSING_MEDIATOR', 'AWAITING_MEDIATOR', 'IN_MEDIATION', 'SUCCEEDED', 'FAILED', 'WITHDRAWN', 'REFUSED');`);
    this.addSql(`create type "case_channel" as enum ('RESIDENT_ONLINE', 'WALK_IN', 'GRID_REPORT', 'COURT_REFERRAL', 'POLICE_REFERRAL', 'PETITION_REFERRAL', 'PROCURATORATE_REFERRAL', 'OWN_INITIATIVE');`);
    this.addSql(`create type "party_role" as enum ('APPLICANT', 'RESPONDENT');`);
    this.addSql(`create type "party_kind" as enum ('PERSON', 'ORGANISATION');`);
    this.addSql(`create table "case_number_counter" ("committee_id" int not null, "year" smallint not null, "last_number" int not null, constraint "case_number_counter_pkey" primary key ("committee_id", "year"));`);

    this.addSql(`create table "mediation_case" ("id" serial primary key, "number" varchar(64) not null, "number_committee_id" int not null, "number_year" smallint not null, "number_seq" int not null, "committee_id" int not null, "status" "case_status" not null, "channel" "case_channel" not null, "referral_number" varchar(64) null, "dispute_type_code" varchar(32) not null, "facts" text not null, "claims" text not null, "amount_involved" numeric(14,2) null, "people_involved" int not null default 2, "region_code" varchar(12) not null, "place" varchar(200) null, "latitude" double precision null, "longitude" double precision null, "fast_track" boolean not null default false, "mediator_id" int null, "invitation_code_hash" varchar(64) null, "accepted_at" timestamptz null, "due_at" timestamptz null, "closed_at" timestamptz null, "closing_note" text null, "created_by_id" int not null, "idempotency_key" varchar(64) not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1);`);
    this.addSql(`create index "mediation_case_dispute_type_code_index" on "mediation_case" ("dispute_type_code");`);
    this.addSql(`create index "mediation_case_region_code_index" on "mediation_case" ("region_code");`);
    this.addSql(`create index "mediation_case_mediator_id_index" on "mediation_case" ("mediator_id");`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_invitation_unique" unique ("invitation_code_hash");`);
    this.addSql(`create index "mediation_case_committee_status_idx" on "mediation_case" ("committee_id", "status");`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_idempotency_unique" unique ("created_by_id", "idempotency_key");`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_number_unique" unique ("number_committee_id", "number_year", "number_seq");`);

    this.addSql(`create table "case_event" ("id" bigserial primary key, "mediation_case_id" int not null, "at" timestamptz not null default now(), "action" varchar(32) not null, "from_status" "case_status" null, "to_status" "case_status" not null, "actor_user_id" int null, "actor_role" varchar(32) not null, "mediator_id" int null, "note" text null);`);
    this.addSql(`create index "case_event_mediation_case_id_index" on "case_event" ("mediation_case_id");`);

    this.addSql(`create table "case_party" ("id" serial primary key, "mediation_case_id" int not null, "role" "party_role" not null, "kind" "party_kind" not null, "name" varchar(100) not null, "user_id" int null, "phone_encrypted" text null, "agent_name" varchar(100) null, "has_power_of_attorney" boolean not null default false);`);
    this.addSql(`create index "case_party_mediation_case_id_index" on "case_party" ("mediation_case_id");`);
    this.addSql(`create index "case_party_user_id_index" on "case_party" ("user_id");`);

    this.addSql(`create table "mediator_ranking" ("id" serial primary key, "mediation_case_id" int not null, "party_id" int not null, "mediator_id" int null, "rank" smallint not null);`);
    this.addSql(`create index "mediator_ranking_mediation_case_id_index" on "mediator_ranking" ("mediation_case_id");`);
    this.addSql(`alter table "mediator_ranking" add constraint "mediator_ranking_party_mediator_unique" unique ("party_id", "mediator_id");`);
    this.addSql(`alter table "mediator_ranking" add constraint "mediator_ranking_party_rank_unique" unique ("party_id", "rank");`);

    this.addSql(`alter table "case_number_counter" add constraint "case_number_counter_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "mediation_case" add constraint "mediation_case_number_committee_id_foreign" foreign key ("number_committee_id") references "committee" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_dispute_type_code_foreign" foreign key ("dispute_type_code") references "dispute_type" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_mediator_id_foreign" foreign key ("mediator_id") references "mediator" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "mediation_case" add constraint "mediation_case_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "case_event" add constraint "case_event_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "case_party" add constraint "case_party_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_party" add constraint "case_party_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "mediator_ranking" add constraint "mediator_ranking_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mediator_ranking" add constraint "mediator_ranking_party_id_foreign" foreign key ("party_id") references "case_party" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mediator_ranking" add constraint "mediator_ranking_mediator_id_foreign" foreign key ("mediator_id") references "mediator" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_event" drop constraint "case_event_mediation_case_id_foreign";`);

    this.addSql(`alter table "case_party" drop constraint "case_party_mediation_case_id_foreign";`);

    this.addSql(`alter table "mediator_ranking" drop constraint "mediator_ranking_mediation_case_id_foreign";`);

    this.addSql(`alter table "mediator_ranking" drop constraint "mediator_ranking_party_id_foreign";`);

    this.addSql(`drop table if exists "case_number_counter" cascade;`);

    this.addSql(`drop table if exists "mediation_case" cascade;`);

    this.addSql(`drop table if exists "case_event" cascade;`);

    this.addSql(`drop table if exists "case_party" cascade;`);

    this.addSql(`drop table if exists "mediator_ranking" cascade;`);

    this.addSql(`drop type "case_status";`);
    this.addSql(`drop type "case_channel";`);
    this.addSql(`drop type "party_role";`);
    this.addSql(`drop type "party_kind";`);
  }

}
