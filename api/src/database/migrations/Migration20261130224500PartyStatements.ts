import { Migration } from '@mikro-orm/migrations';

export class Migration20261130224500PartyStatements extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "case_party" add column "statement" text null, add column "statement_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "case_party" drop column "statement", drop column "statement_at";`);
  }

}
