import { Migration } from '@mikro-orm/migrations';

export class Migration20261123212747Evidence extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_evidence" ("id" serial primary key, "mediation_case_id" int not null, "uploaded_by_id" int not null, "file_name" varchar(200) not null, "content_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "case_evidence_mediation_case_id_index" on "case_evidence" ("mediation_case_id");`);
    this.addSql(`alter table "case_evidence" add constraint "case_evidence_case_hash_unique" unique ("mediation_case_id", "sha256");`);

    this.addSql(`alter table "case_evidence" add constraint "case_evidence_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_evidence" add constraint "case_evidence_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "user_account" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_evidence" cascade;`);
  }

}
