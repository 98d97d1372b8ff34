import { Migration } from '@mikro-orm/migrations';

export class Migration20261123205256Identity extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "staff_role" as enum ('MEDIATOR', 'COMMITTEE_ADMIN', 'JUSTICE_OFFICE', 'GRID_OFFICER', 'SYSTEM_ADMIN');`);
    this.addSql(`create table "audit_log" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_user_id" int not null, "action" varchar(64) not null, "subject_type" varchar(32) not null, "subject_id" varchar(64) not null, "field" varchar(32) null, "reason" text not null, "request_id" varchar(64) null);`);
    this.addSql(`create index "audit_log_actor_user_id_index" on "audit_log" ("actor_user_id");`);
    this.addSql(`create index "audit_log_subject_idx" on "audit_log" ("subject_type", "subject_id");`);

    this.addSql(`create table "user_account" ("id" serial primary key, "openid" varchar(128) not null, "unionid" varchar(128) null, "real_name" varchar(50) null, "phone_encrypted" text null, "phone_hash" varchar(64) null, "id_number_encrypted" text null, "id_number_hash" varchar(64) null, "created_at" timestamptz not null default now(), "last_login_at" timestamptz not null default now());`);
    this.addSql(`alter table "user_account" add constraint "user_account_openid_unique" unique ("openid");`);
    this.addSql(`create index "user_account_phone_hash_idx" on "user_account" ("phone_hash");`);
    this.addSql(`create index "user_account_id_number_hash_idx" on "user_account" ("id_number_hash");`);

    this.addSql(`create table "staff_assignment" ("id" serial primary key, "role" "staff_role" not null, "display_name" varchar(50) not null, "user_id" int null, "committee_id" int null, "region_code" varchar(12) null, "mediator_id" int null, "grid_unit_id" int null, "invitation_code_hash" varchar(64) null, "invitation_expires_at" timestamptz null, "bound_at" timestamptz null, "created_by_id" int null, "active" boolean not null default true, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "staff_assignment_user_id_index" on "staff_assignment" ("user_id");`);
    this.addSql(`create index "staff_assignment_committee_id_index" on "staff_assignment" ("committee_id");`);
    this.addSql(`create index "staff_assignment_mediator_id_index" on "staff_assignment" ("mediator_id");`);
    this.addSql(`alter table "staff_assignment" add constraint "staff_assignment_invitation_unique" unique ("invitation_code_hash");`);

    this.addSql(`create table "refresh_token" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(64) not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "refresh_token_user_id_index" on "refresh_token" ("user_id");`);
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_hash_unique" unique ("token_hash");`);

    this.addSql(`create table "privacy_consent" ("id" serial primary key, "user_id" int not null, "version" varchar(32) not null, "accepted_at" timestamptz not null default now());`);
    this.addSql(`create index "privacy_consent_user_id_index" on "privacy_consent" ("user_id");`);

    this.addSql(`alter table "staff_assignment" add constraint "staff_assignment_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "staff_assignment" add constraint "staff_assignment_committee_id_foreign" foreign key ("committee_id") references "committee" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "staff_assignment" add constraint "staff_assignment_region_code_foreign" foreign key ("region_code") references "region" ("code") on update cascade on delete restrict;`);
    this.addSql(`alter table "staff_assignment" add constraint "staff_assignment_mediator_id_foreign" foreign key ("mediator_id") references "mediator" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "staff_assignment" add constraint "staff_assignment_grid_unit_id_foreign" foreign key ("grid_unit_id") references "grid_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "staff_assignment" add constraint "staff_assignment_created_by_id_foreign" foreign key ("created_by_id") references "user_account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "refresh_token" add constraint "refresh_token_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "privacy_consent" add constraint "privacy_consent_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);

    // The audit log is append-only for every database user, the application's included.
    this.addSql(`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only (% refused)', tg_op; end $$;`);
    this.addSql(`create trigger audit_log_no_update_or_delete before update or delete on "audit_log" for each row execute function audit_log_append_only();`);
    this.addSql(`create trigger audit_log_no_truncate before truncate on "audit_log" for each statement execute function audit_log_append_only();`);
    this.addSql(`revoke update, delete, truncate on "audit_log" from public;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_log_no_truncate on "audit_log";`);
    this.addSql(`drop trigger if exists audit_log_no_update_or_delete on "audit_log";`);
    this.addSql(`drop function if exists audit_log_append_only();`);
    this.addSql(`alter table "staff_assignment" drop constraint "staff_assignment_user_id_foreign";`);

    this.addSql(`alter table "staff_assignment" drop constraint "staff_assignment_created_by_id_foreign";`);

    this.addSql(`alter table "refresh_token" drop constraint "refresh_token_user_id_foreign";`);

    this.addSql(`alter table "privacy_consent" drop constraint "privacy_consent_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_log" cascade;`);

    this.addSql(`drop table if exists "user_account" cascade;`);

    this.addSql(`drop table if exists "staff_assignment" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop table if exists "privacy_consent" cascade;`);

    this.addSql(`drop type "staff_role";`);
  }

}
