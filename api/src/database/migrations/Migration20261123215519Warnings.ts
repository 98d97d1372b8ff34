import { Migration } from '@mikro-orm/migrations';

export class Migration20261123215519Warnings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "warning_kind" as enum ('MANY_PEOPLE', 'LARGE_AMOUNT', 'REPEATED_APPLICANT', 'RESPONDENT_CLUSTER', 'OVERDUE_MAJOR');`);
    this.addSql(`create type "warning_status" as enum ('OPEN', 'ACKNOWLEDGED', 'RESOLVED');`);
    this.addSql(`create table "warning" ("id" serial primary key, "kind" "warning_kind" not null, "committee_id" int not null, "cluster_key" varchar(200) null, "summary" text not null, "status" "warning_status" not null default 'OPEN', "raised_at" timestamptz not null default now(), "handled_by" int null, "acknowledged_at" timestamptz null, "resolved_at" timestamptz null, "resolution" text null);`);
    this.addSql(`create index "warning_committee_id_index" on "warning" ("committee_id");`);

    this.addSql(`create table "warning_case" ("id" serial primary key, "warning_id" int not null, "mediation_case_id" int not null);`);
    this.addSql(`create index "warning_case_warning_id_index" on "warning_case" ("warning_id");`);
    this.addSql(`create index "warning_case_mediation_case_id_index" on "warning_case" ("mediation_case_id");`);
    this.addSql(`alter table "warning_case" add constraint "warning_case_unique" unique ("warning_id", "mediation_case_id");`);

    this.addSql(`create table "warning_rule" ("id" serial primary key, "region_code" varchar(12) not null, "kind" "warning_kind" not null, "threshold" numeric(14,2) not null, "window_days" int not null default 30);`);
    this.addSql(`alter table "warning_rule" add constraint "warning_rule_region_kind_unique" unique ("region_code", "kind");`);

    this.addSql(`alter table "warning" add constraint "warning_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "warning_case" add constraint "warning_case_warning_id_foreign" foreign key ("warning_id") references "warning" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "warning_case" add constraint "warning_case_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);

    // Defaults everywhere (region ''): a region may add its own rows with its own thresholds.
    this.addSql(`insert into "warning_rule" ("region_code", "kind", "threshold", "window_days") values
      ('', 'MANY_PEOPLE', 10, 30), ('', 'LARGE_AMOUNT', 100000, 30), ('', 'REPEATED_APPLICANT', 3, 90), ('', 'RESPONDENT_CLUSTER', 5, 30);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "warning_case" drop constraint "warning_case_warning_id_foreign";`);

    this.addSql(`drop table if exists "warning" cascade;`);

    this.addSql(`drop table if exists "warning_case" cascade;`);

    this.addSql(`drop table if exists "warning_rule" cascade;`);

    this.addSql(`drop type "warning_kind";`);
    this.addSql(`drop type "warning_status";`);
  }

}
