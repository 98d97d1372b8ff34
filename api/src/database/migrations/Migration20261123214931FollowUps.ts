import { Migration } from '@mikro-orm/migrations';

export class Migration20261123214931FollowUps extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "follow_up_kind" as enum ('AFTER_CLOSURE', 'AFTER_TERM_DUE');`);
    this.addSql(`create type "follow_up_status" as enum ('PENDING', 'ANSWERED');`);
    this.addSql(`create type "follow_up_channel" as enum ('SELF', 'STAFF_CALL', 'STAFF_VISIT');`);
    this.addSql(`create type "follow_up_task_status" as enum ('OPEN', 'DONE');`);
    this.addSql(`create table "follow_up" ("id" serial primary key, "mediation_case_id" int not null, "kind" "follow_up_kind" not null, "term_id" int null, "due_at" timestamptz not null, "status" "follow_up_status" not null default 'PENDING', "channel" "follow_up_channel" null, "answered_by" int null, "answered_at" timestamptz null, "performed" "term_performance" null, "flared_up" boolean null, "satisfaction" smallint null, "note" text null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "follow_up_mediation_case_id_index" on "follow_up" ("mediation_case_id");`);

    this.addSql(`create table "follow_up_task" ("id" serial primary key, "mediation_case_id" int not null, "follow_up_id" int not null, "reason" text not null, "status" "follow_up_task_status" not null default 'OPEN', "resolution" text null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "follow_up_task_mediation_case_id_index" on "follow_up_task" ("mediation_case_id");`);

    this.addSql(`alter table "follow_up" add constraint "follow_up_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up" add constraint "follow_up_term_id_foreign" foreign key ("term_id") references "agreement_term" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "follow_up_task" add constraint "follow_up_task_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "follow_up_task" add constraint "follow_up_task_follow_up_id_foreign" foreign key ("follow_up_id") references "follow_up" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "follow_up_task" drop constraint "follow_up_task_follow_up_id_foreign";`);

    this.addSql(`drop table if exists "follow_up" cascade;`);

    this.addSql(`drop table if exists "follow_up_task" cascade;`);

    this.addSql(`drop type "follow_up_kind";`);
    this.addSql(`drop type "follow_up_status";`);
    this.addSql(`drop type "follow_up_channel";`);
    this.addSql(`drop type "follow_up_task_status";`);
  }

}
