import { Migration } from '@mikro-orm/migrations';

export class Migration20261130193121IdempotentRequests extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotent_request" ("user_id" int not null, "operation" varchar(64) not null, "request_key" varchar(64) not null, "result_id" int null, "created_at" timestamptz not null default now(), constraint "idempotent_request_pkey" primary key ("user_id", "operation", "request_key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotent_request" cascade;`);
  }

}
