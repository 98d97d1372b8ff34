import { Migration } from '@mikro-orm/migrations';

export class Migration20261203093357RoomPhotos extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "room_message" add column "photo_sha256" varchar(64) null, add column "photo_type" varchar(100) null, add column "photo_size" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "room_message" drop column "photo_sha256", drop column "photo_type", drop column "photo_size";`);
  }

}
