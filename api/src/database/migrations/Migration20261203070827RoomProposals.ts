import { Migration } from '@mikro-orm/migrations';

/** Proposals (调解方案) in the mediation room, and each party's answer to them. */
export class Migration20261203070827RoomProposals extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "room_proposal" ("id" serial primary key, "mediation_case_id" int not null, "private_party_id" int null, "author_id" int not null, "terms" jsonb not null, "note" text null, "client_key" varchar(64) not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "room_proposal_mediation_case_id_index" on "room_proposal" ("mediation_case_id");`);
    this.addSql(`create index "room_proposal_private_party_id_index" on "room_proposal" ("private_party_id");`);
    this.addSql(`alter table "room_proposal" add constraint "room_proposal_author_key_unique" unique ("author_id", "client_key");`);

    this.addSql(`create table "room_proposal_answer" ("id" serial primary key, "proposal_id" int not null, "party_id" int not null, "accepted" boolean not null, "note" text null, "answered_at" timestamptz not null default now());`);
    this.addSql(`create index "room_proposal_answer_party_id_index" on "room_proposal_answer" ("party_id");`);
    this.addSql(`alter table "room_proposal_answer" add constraint "room_proposal_answer_party_unique" unique ("proposal_id", "party_id");`);

    this.addSql(`alter table "room_proposal" add constraint "room_proposal_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "room_proposal" add constraint "room_proposal_private_party_id_foreign" foreign key ("private_party_id") references "case_party" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "room_proposal" add constraint "room_proposal_author_id_foreign" foreign key ("author_id") references "user_account" ("id") on update cascade;`);

    this.addSql(`alter table "room_proposal_answer" add constraint "room_proposal_answer_proposal_id_foreign" foreign key ("proposal_id") references "room_proposal" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "room_proposal_answer" add constraint "room_proposal_answer_party_id_foreign" foreign key ("party_id") references "case_party" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "room_proposal_answer" drop constraint "room_proposal_answer_proposal_id_foreign";`);

    this.addSql(`drop table if exists "room_proposal" cascade;`);

    this.addSql(`drop table if exists "room_proposal_answer" cascade;`);
  }

}
