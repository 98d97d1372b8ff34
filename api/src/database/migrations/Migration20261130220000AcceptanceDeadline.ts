import { Migration } from '@mikro-orm/migrations';

export class Migration20261130220000AcceptanceDeadline extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "committee" add column "acceptance_deadline_days" smallint not null default 3;`);
    this.addSql(`alter table "mediation_case" add column "acceptance_due_at" timestamptz null, add column "acceptance_flagged_at" timestamptz null;`);
    // Cases already waiting get their committee's deadline counted from when they were filed.
    this.addSql(`update "mediation_case" mc set "acceptance_due_at" = mc."created_at" + make_interval(days => c."acceptance_deadline_days") from "committee" c where c."id" = mc."committee_id" and mc."status" = 'PENDING_ACCEPTANCE';`);
    this.addSql(`create index "mediation_case_acceptance_due_idx" on "mediation_case" ("acceptance_due_at") where "status" = 'PENDING_ACCEPTANCE';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "mediation_case_acceptance_due_idx";`);
    this.addSql(`alter table "mediation_case" drop column "acceptance_due_at", drop column "acceptance_flagged_at";`);
    this.addSql(`alter table "committee" drop column "acceptance_deadline_days";`);
  }

}
