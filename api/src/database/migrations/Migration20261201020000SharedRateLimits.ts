import { Migration } from '@mikro-orm/migrations';

/** Rate-limit counters every API instance shares (rate-limiter-flexible's PostgreSQL store layout). */
export class Migration20261201020000SharedRateLimits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`);
    this.addSql(`create index "rate_limit_expire_idx" on "rate_limit" ("expire");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rate_limit";`);
  }

}
