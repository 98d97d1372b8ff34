import { Migration } from '@mikro-orm/migrations';

export class Migration20261130230000CaseBackfill extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "mediation_case" add column "backfilled_at" timestamptz null, add column "ledger_number" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "mediation_case" drop column "backfilled_at", drop column "ledger_number";`);
  }

}
