import { Migration } from '@mikro-orm/migrations';

export class Migration20261130201500NotificationPage extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "notification" add column "page" varchar(200) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "notification" drop column "page";`);
  }

}
