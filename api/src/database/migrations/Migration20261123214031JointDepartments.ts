import { Migration } from '@mikro-orm/migrations';

export class Migration20261123214031JointDepartments extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_joint_department" ("id" serial primary key, "mediation_case_id" int not null, "name" varchar(100) not null, "invited_at" timestamptz not null default now());`);
    this.addSql(`create index "case_joint_department_mediation_case_id_index" on "case_joint_department" ("mediation_case_id");`);
    this.addSql(`alter table "case_joint_department" add constraint "case_joint_department_unique" unique ("mediation_case_id", "name");`);

    this.addSql(`alter table "case_joint_department" add constraint "case_joint_department_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_joint_department" cascade;`);
  }

}
