import { Migration } from '@mikro-orm/migrations';

export class Migration20261123233855StatisticsEdgeIndexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "case_statistics_region_accepted_idx" on "case_statistics" ("region_code" varchar_pattern_ops, "accepted_at");`);
    this.addSql(`create index "case_statistics_committee_accepted_idx" on "case_statistics" ("committee_id", "accepted_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "case_statistics_region_accepted_idx";`);
    this.addSql(`drop index "case_statistics_committee_accepted_idx";`);
  }

}
