import { Migration } from '@mikro-orm/migrations';

/** Warnings about one case are keyed by it (case:<id>), so evaluating the case again never opens a second card. */
export class Migration20261201010000WarningCaseKeys extends Migration {

  override async up(): Promise<void> {
    this.addSql(`update "warning" w set "cluster_key" = 'case:' || (select min(wc."mediation_case_id") from "warning_case" wc where wc."warning_id" = w."id")
      where w."cluster_key" is null and exists (select 1 from "warning_case" wc where wc."warning_id" = w."id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "warning" set "cluster_key" = null where "cluster_key" like 'case:%';`);
  }

}
