import { Migration } from '@mikro-orm/migrations';

export class Migration20261130195055AgreementVersions extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "agreement_draft" ("id" serial primary key, "agreement_id" int not null, "version" int not null, "kind" "agreement_kind" not null, "facts_and_responsibilities" text not null, "terms" jsonb not null, "content_hash" varchar(64) not null, "drafted_by_user_id" int null, "drafted_at" timestamptz not null default now());`);
    this.addSql(`alter table "agreement_draft" add constraint "agreement_draft_version_unique" unique ("agreement_id", "version");`);

    this.addSql(`alter table "agreement_draft" add constraint "agreement_draft_agreement_id_foreign" foreign key ("agreement_id") references "agreement" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "agreement" add column "version" int not null default 1;`);

    this.addSql(`alter table "agreement_confirmation" drop constraint "agreement_confirmation_unique";`);

    this.addSql(`alter table "agreement_confirmation" add column "agreement_version" int not null default 1, add column "content_hash" varchar(64) null;`);
    this.addSql(`alter table "agreement_confirmation" add constraint "agreement_confirmation_version_unique" unique ("agreement_id", "party_id", "agreement_version");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "agreement_draft" cascade;`);

    this.addSql(`alter table "agreement" drop column "version";`);

    this.addSql(`alter table "agreement_confirmation" drop constraint "agreement_confirmation_version_unique";`);
    this.addSql(`alter table "agreement_confirmation" drop column "agreement_version", drop column "content_hash";`);

    this.addSql(`alter table "agreement_confirmation" add constraint "agreement_confirmation_unique" unique ("agreement_id", "party_id");`);
  }

}
