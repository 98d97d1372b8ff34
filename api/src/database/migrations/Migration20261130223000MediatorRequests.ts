import { Migration } from '@mikro-orm/migrations';

export class Migration20261130223000MediatorRequests extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "mediator_request_status" as enum ('PENDING', 'ARRANGED', 'DECLINED');`);
    this.addSql(`create table "mediator_request" ("id" serial primary key, "mediation_case_id" int not null, "party_id" int not null, "mediator_id" int not null, "reason" text null, "status" "mediator_request_status" not null default 'PENDING', "answer" text null, "answered_by_user_id" int null, "answered_at" timestamptz null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "mediator_request_mediation_case_id_index" on "mediator_request" ("mediation_case_id");`);
    this.addSql(`alter table "mediator_request" add constraint "mediator_request_party_mediator_unique" unique ("party_id", "mediator_id");`);
    this.addSql(`alter table "mediator_request" add constraint "mediator_request_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mediator_request" add constraint "mediator_request_party_id_foreign" foreign key ("party_id") references "case_party" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "mediator_request" add constraint "mediator_request_mediator_id_foreign" foreign key ("mediator_id") references "mediator" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "mediator_request" cascade;`);
    this.addSql(`drop type if exists "mediator_request_status";`);
  }

}
