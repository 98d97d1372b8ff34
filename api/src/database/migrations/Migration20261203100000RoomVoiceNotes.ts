import { Migration } from '@mikro-orm/migrations';

/** The room's photo columns carry voice notes too: named for either, with a voice note's length. */
export class Migration20261203100000RoomVoiceNotes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "room_message" rename column "photo_sha256" to "media_sha256";`);
    this.addSql(`alter table "room_message" rename column "photo_type" to "media_type";`);
    this.addSql(`alter table "room_message" rename column "photo_size" to "media_size";`);
    this.addSql(`alter table "room_message" add column "media_seconds" smallint null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "room_message" drop column "media_seconds";`);
    this.addSql(`alter table "room_message" rename column "media_size" to "photo_size";`);
    this.addSql(`alter table "room_message" rename column "media_type" to "photo_type";`);
    this.addSql(`alter table "room_message" rename column "media_sha256" to "photo_sha256";`);
  }

}
