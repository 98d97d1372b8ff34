import { Migration } from '@mikro-orm/migrations';

export class Migration20261130231500PartyLanguage extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "case_party" add column "language" varchar(20) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_party" drop column "language";`);
  }

}
