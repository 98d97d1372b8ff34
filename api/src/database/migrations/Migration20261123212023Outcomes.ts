import { Migration } from '@mikro-orm/migrations';

export class Migration20261123212023Outcomes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "session_mode" as enum ('IN_PERSON', 'ON_SITE', 'ONLINE');`);
    this.addSql(`create type "agreement_kind" as enum ('WRITTEN', 'ORAL');`);
    this.addSql(`create type "judicial_result" as enum ('CONFIRMED', 'REJECTED');`);
    this.addSql(`create type "term_performance" as enum ('PENDING', 'PERFORMED', 'PARTLY_PERFORMED', 'NOT_PERFORMED');`);
    this.addSql(`create table "mediation_session" ("id" serial primary key, "mediation_case_id" int not null, "scheduled_at" timestamptz not null, "place" varchar(200) not null, "mode" "session_mode" not null, "participants" text[] not null default '{}', "record" text null, "recorded_at" timestamptz null);`);
    this.addSql(`create index "mediation_session_mediation_case_id_index" on "mediation_session" ("mediation_case_id");`);

    this.addSql(`create table "agreement" ("id" serial primary key, "mediation_case_id" int not null, "kind" "agreement_kind" not null, "facts_and_responsibilities" text not null, "signed_by_mediator_at" timestamptz null, "sealed_at" timestamptz null, "judicial_court" varchar(100) null, "judicial_applied_on" date null, "judicial_result" "judicial_result" null, "judicial_reference" varchar(200) null, "created_at" timestamptz not null default now());`);
    this.addSql(`alter table "agreement" add constraint "agreement_case_unique" unique ("mediation_case_id");`);

    this.addSql(`create table "agreement_term" ("id" serial primary key, "agreement_id" int not null, "seq" smallint not null, "content" text not null, "method" varchar(200) not null, "perform_by" date not null, "performance" "term_performance" not null default 'PENDING', "performance_note" text null, "performance_recorded_at" timestamptz null);`);
    this.addSql(`create index "agreement_term_agreement_id_index" on "agreement_term" ("agreement_id");`);

    this.addSql(`create table "agreement_confirmation" ("id" serial primary key, "agreement_id" int not null, "party_id" int not null, "confirmed_at" timestamptz not null default now());`);
    this.addSql(`alter table "agreement_confirmation" add constraint "agreement_confirmation_unique" unique ("agreement_id", "party_id");`);

    this.addSql(`alter table "mediation_session" add constraint "mediation_session_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agreement" add constraint "agreement_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agreement_term" add constraint "agreement_term_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agreement_confirmation" add constraint "agreement_confirmation_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "agreement_confirmation" add constraint "agreement_confirmation_party_id_foreign" foreign key ("party_id") references "case_party" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agreement_term" drop constraint "agreement_term_agreement_id_foreign";`);

    this.addSql(`alter table "agreement_confirmation" drop constraint "agreement_confirmation_agreement_id_foreign";`);

    this.addSql(`drop table if exists "mediation_session" cascade;`);

    this.addSql(`drop table if exists "agreement" cascade;`);

    this.addSql(`drop table if exists "agreement_term" cascade;`);

    this.addSql(`drop table if exists "agreement_confirmation" cascade;`);

    this.addSql(`drop type "session_mode";`);
    this.addSql(`drop type "agreement_kind";`);
    this.addSql(`drop type "judicial_result";`);
    this.addSql(`drop type "term_performance";`);
  }

}
