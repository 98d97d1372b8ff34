import { Migration } from '@mikro-orm/migrations';

export class Migration20261123213230Reminders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "agreement" add column "judicial_reminded_at" timestamptz null;`);

    this.addSql(`alter table "agreement_term" add column "due_reminded_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "agreement" drop column "judicial_reminded_at";`);

    this.addSql(`alter table "agreement_term" drop column "due_reminded_at";`);
  }

}
