import { Migration } from '@mikro-orm/migrations';

export class Migration20261203084827RoomModeration extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "room_moderation_action" as enum ('CLOSE_THREAD', 'REOPEN_THREAD', 'MUTE', 'UNMUTE', 'MARK_FOR_FILE', 'UNMARK_FOR_FILE');`);
    this.addSql(`create table "room_read" ("user_id" int not null, "mediation_case_id" int not null, "thread" int not null, "last_read_id" int not null, "read_at" timestamptz not null, constraint "room_read_pkey" primary key ("user_id", "mediation_case_id", "thread"));`);

    this.addSql(`create table "room_moderation" ("id" serial primary key, "mediation_case_id" int not null, "action" "room_moderation_action" not null, "party_id" int null, "message_id" int null, "until" timestamptz null, "reason" text null, "actor_id" int not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "room_moderation_case_idx" on "room_moderation" ("mediation_case_id", "id");`);

    this.addSql(`alter table "room_read" add constraint "room_read_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "room_read" add constraint "room_read_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "room_moderation" add constraint "room_moderation_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "room_moderation" add constraint "room_moderation_party_id_foreign" foreign key ("party_id") references "case_party" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "room_moderation" add constraint "room_moderation_message_id_foreign" foreign key ("message_id") references "room_message" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "room_moderation" add constraint "room_moderation_actor_id_foreign" foreign key ("actor_id") references "user_account" ("id") on update cascade;`);

    this.addSql(`alter table "room_message" add column "marked_for_file_at" timestamptz null;`);

    // The room's moderation log is never edited: what happened stays as it was written.
    this.addSql(`create function room_moderation_unchanged() returns trigger language plpgsql as $$
      begin raise exception 'room_moderation is append-only (% refused)', tg_op; end $$;`);
    this.addSql(`create trigger room_moderation_no_update before update on "room_moderation" for each row execute function room_moderation_unchanged();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "room_read" cascade;`);

    this.addSql(`drop table if exists "room_moderation" cascade;`);
    this.addSql(`drop function if exists room_moderation_unchanged();`);

    this.addSql(`alter table "room_message" drop column "marked_for_file_at";`);

    this.addSql(`drop type "room_moderation_action";`);
  }

}
