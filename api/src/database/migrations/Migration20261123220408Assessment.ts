import { Migration } from '@mikro-orm/migrations';

export class Migration20261123220408Assessment extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "mediator" add column "removal_reason" text null, add column "removal_marked_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "mediator" drop column "removal_reason", drop column "removal_marked_at";`);
  }

}
