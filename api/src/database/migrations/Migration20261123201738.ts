import { Migration } from '@mikro-orm/migrations';

export class Migration20261123201738 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "sex" as enum ('MALE', 'FEMALE');`);
    this.addSql(`create type "mediator_background" as enum ('LAWYER', 'LEGAL_WORKER', 'RETIRED_CADRE', 'VILLAGE_CADRE', 'TEACHER', 'DOCTOR', 'VETERAN', 'RETURNING_GRADUATE', 'MIGRANT_WORKER', 'RESPECTED_ELDER', 'OTHER');`);
    this.addSql(`create type "employment" as enum ('FULL_TIME', 'PART_TIME');`);
    this.addSql(`create type "region_level" as enum ('PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP', 'VILLAGE');`);
    this.addSql(`create type "committee_kind" as enum ('VILLAGE', 'COMMUNITY', 'TOWNSHIP', 'STREET', 'COUNTY_GUIDANCE', 'ONE_STOP_CENTER', 'INDUSTRY', 'DISPATCHED_ROOM', 'PERSONAL_STUDIO', 'PARK', 'MARKET', 'ENTERPRISE');`);
    this.addSql(`create type "host_institution" as enum ('COURT', 'POLICE_STATION', 'PETITION_BUREAU', 'PROCURATORATE');`);
    this.addSql(`create type "membership_role" as enum ('DIRECTOR', 'DEPUTY_DIRECTOR', 'MEMBER', 'MEDIATOR');`);
    this.addSql(`create type "grid_unit_kind" as enum ('VILLAGE_GROUP', 'ESTATE', 'BUILDING', 'MARKET', 'OTHER');`);
    this.addSql(`create type "grid_officer_role" as enum ('GRID_OFFICER', 'INFORMATION_OFFICER', 'MEDIATOR');`);
    this.addSql(`create table "dispute_type" ("code" varchar(32) not null, "label" varchar(32) not null, "sort_order" int not null, constraint "dispute_type_pkey" primary key ("code"));`);

    this.addSql(`create table "mediator" ("id" serial primary key, "name" varchar(50) not null, "photo_url" varchar(500) null, "sex" "sex" not null, "ethnicity" varchar(20) not null, "background" "mediator_background" not null, "background_note" varchar(100) null, "languages" text[] not null default '{}', "employment" "employment" not null, "grade" smallint not null, "certificate_no" varchar(40) null, "bio" text null, "in_expert_pool" boolean not null default false, "contact_phone" varchar(32) null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1);`);
    this.addSql(`create index "mediator_grade_index" on "mediator" ("grade");`);
    this.addSql(`alter table "mediator" add constraint "mediator_certificate_no_unique" unique ("certificate_no");`);
    this.addSql(`create index "mediator_languages_idx" on "mediator" using gin ("languages");`);

    this.addSql(`create table "mediator_specialty" ("mediator_id" int not null, "dispute_type_code" varchar(32) not null, constraint "mediator_specialty_pkey" primary key ("mediator_id", "dispute_type_code"));`);
    this.addSql(`create index "mediator_specialty_dispute_type_code_index" on "mediator_specialty" ("dispute_type_code");`);

    this.addSql(`create table "region" ("code" varchar(12) not null, "name" varchar(64) not null, "level" "region_level" not null, "parent_code" varchar(12) null, constraint "region_pkey" primary key ("code"));`);
    this.addSql(`create index "region_parent_code_index" on "region" ("parent_code");`);
    this.addSql(`create index "region_code_prefix_idx" on "region" ("code" text_pattern_ops);`);

    this.addSql(`create table "committee" ("id" serial primary key, "name" varchar(100) not null, "kind" "committee_kind" not null, "region_code" varchar(12) not null, "parent_id" int null, "host_institution" "host_institution" null, "host_name" varchar(100) null, "address" varchar(200) not null, "phone" varchar(32) not null, "latitude" double precision null, "longitude" double precision null, "service_hours" varchar(200) not null, "introduction" text null, "active" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1);`);
    this.addSql(`create index "committee_kind_index" on "committee" ("kind");`);
    this.addSql(`create index "committee_region_code_index" on "committee" ("region_code");`);
    this.addSql(`create index "committee_parent_id_index" on "committee" ("parent_id");`);
    this.addSql(`create index "committee_region_code_prefix_idx" on "committee" ("region_code" text_pattern_ops);`);

    this.addSql(`create table "membership" ("id" serial primary key, "committee_id" int not null, "mediator_id" int not null, "role" "membership_role" not null, "active" boolean not null default true, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "membership_mediator_id_index" on "membership" ("mediator_id");`);
    this.addSql(`alter table "membership" add constraint "membership_committee_mediator_unique" unique ("committee_id", "mediator_id");`);

    this.addSql(`create table "grid_unit" ("id" serial primary key, "name" varchar(100) not null, "kind" "grid_unit_kind" not null, "region_code" varchar(12) not null, "committee_id" int not null);`);
    this.addSql(`create index "grid_unit_region_code_index" on "grid_unit" ("region_code");`);
    this.addSql(`create index "grid_unit_committee_id_index" on "grid_unit" ("committee_id");`);

    this.addSql(`create table "grid_officer" ("id" serial primary key, "grid_unit_id" int not null, "name" varchar(50) not null, "role" "grid_officer_role" not null, "mediator_id" int null);`);
    this.addSql(`create index "grid_officer_grid_unit_id_index" on "grid_officer" ("grid_unit_id");`);
    this.addSql(`create index "grid_officer_mediator_id_index" on "grid_officer" ("mediator_id");`);

    this.addSql(`create table "committee_dispute_type" ("committee_id" int not null, "dispute_type_code" varchar(32) not null, constraint "committee_dispute_type_pkey" primary key ("committee_id", "dispute_type_code"));`);
    this.addSql(`create index "committee_dispute_type_dispute_type_code_index" on "committee_dispute_type" ("dispute_type_code");`);

    this.addSql(`alter table "mediator_specialty" add constraint "mediator_specialty_mediator_id_foreign" foreign key ("mediator_id") references "mediator" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mediator_specialty" add constraint "mediator_specialty_dispute_type_code_foreign" foreign key ("dispute_type_code") references "dispute_type" ("code") on update cascade on delete restrict;`);

    this.addSql(`alter table "region" add constraint "region_parent_code_foreign" foreign key ("parent_code") references "region" ("code") on update cascade on delete restrict;`);

    this.addSql(`alter table "committee" add constraint "committee_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "committee" add constraint "committee_parent_id_foreign" foreign key ("parent_id") references "committee" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "membership" add constraint "membership_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "membership" add constraint "membership_mediator_id_foreign" foreign key ("mediator_id") references "mediator" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "grid_unit" add constraint "grid_unit_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "grid_unit" add constraint "grid_unit_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "grid_officer" add constraint "grid_officer_grid_unit_id_foreign" foreign key ("grid_unit_id") references "grid_unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "grid_officer" add constraint "grid_officer_mediator_id_foreign" foreign key ("mediator_id") references "mediator" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "committee_dispute_type" add constraint "committee_dispute_type_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "committee_dispute_type" add constraint "committee_dispute_type_dispute_type_code_foreign" foreign key ("dispute_type_code") references "dispute_type" ("code") on update cascade on delete restrict;`);
  }

}
