import { Migration } from '@mikro-orm/migrations';

export class Migration20261123212412Notifications extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "notification_status" as enum ('PENDING', 'SENT', 'SKIPPED', 'FAILED');`);
    this.addSql(`create table "notification" ("id" bigserial primary key, "user_id" int not null, "mediation_case_id" int null, "kind" varchar(32) not null, "summary" varchar(200) not null, "status" "notification_status" not null default 'PENDING', "attempts" smallint not null default 0, "next_attempt_at" timestamptz not null default now(), "last_error" text null, "sent_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "notification_user_id_index" on "notification" ("user_id");`);
    this.addSql(`create index "notification_mediation_case_id_index" on "notification" ("mediation_case_id");`);
    this.addSql(`create index "notification_due_idx" on "notification" ("status", "next_attempt_at");`);

    this.addSql(`alter table "notification" add constraint "notification_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notification" add constraint "notification_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "mediation_case" add column "overdue_flagged_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`alter table "mediation_case" drop column "overdue_flagged_at";`);

    this.addSql(`drop type "notification_status";`);
  }

}
