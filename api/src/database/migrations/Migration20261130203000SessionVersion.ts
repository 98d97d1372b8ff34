import { Migration } from '@mikro-orm/migrations';

export class Migration20261130203000SessionVersion extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "user_account" add column "session_version" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_account" drop column "session_version";`);
  }

}
