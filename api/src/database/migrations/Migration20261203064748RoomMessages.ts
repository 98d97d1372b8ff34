import { Migration } from '@mikro-orm/migrations';

/** The mediation room (线上调解室): messages of the joint thread and of each party's private thread with the mediator. */
export class Migration20261203064748RoomMessages extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "room_message" ("id" serial primary key, "mediation_case_id" int not null, "private_party_id" int null, "author_id" int not null, "author_role" varchar(16) not null, "body" text not null, "client_key" varchar(64) not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "room_message_private_party_id_index" on "room_message" ("private_party_id");`);
    this.addSql(`create index "room_message_thread_idx" on "room_message" ("mediation_case_id", "private_party_id", "id");`);
    this.addSql(`alter table "room_message" add constraint "room_message_author_key_unique" unique ("author_id", "client_key");`);

    this.addSql(`alter table "room_message" add constraint "room_message_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "room_message" add constraint "room_message_private_party_id_foreign" foreign key ("private_party_id") references "case_party" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "room_message" add constraint "room_message_author_id_foreign" foreign key ("author_id") references "user_account" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "room_message" cascade;`);
  }

}
