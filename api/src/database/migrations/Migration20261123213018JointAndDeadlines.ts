import { Migration } from '@mikro-orm/migrations';

export class Migration20261123213018JointAndDeadlines extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_joint_committee" ("id" serial primary key, "mediation_case_id" int not null, "committee_id" int not null, "invited_at" timestamptz not null default now());`);
    this.addSql(`create index "case_joint_committee_mediation_case_id_index" on "case_joint_committee" ("mediation_case_id");`);
    this.addSql(`create index "case_joint_committee_committee_id_index" on "case_joint_committee" ("committee_id");`);
    this.addSql(`alter table "case_joint_committee" add constraint "case_joint_committee_unique" unique ("mediation_case_id", "committee_id");`);

    this.addSql(`alter table "case_joint_committee" add constraint "case_joint_committee_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_joint_committee" add constraint "case_joint_committee_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "committee" add column "case_deadline_days" smallint not null default 30;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_joint_committee" cascade;`);

    this.addSql(`alter table "committee" drop column "case_deadline_days";`);
  }

}
