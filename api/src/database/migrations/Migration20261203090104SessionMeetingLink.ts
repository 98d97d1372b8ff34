import { Migration } from '@mikro-orm/migrations';

export class Migration20261203090104SessionMeetingLink extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "mediation_session" add column "meeting_url" varchar(500) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "mediation_session" drop column "meeting_url";`);
  }

}
