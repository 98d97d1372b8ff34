import { Migration } from '@mikro-orm/migrations';

export class Migration20261123203552MenuGradeIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "mediator_grade_index";`);

    this.addSql(`create index "mediator_grade_id_idx" on "mediator" ("grade", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "mediator_grade_id_idx";`);

    this.addSql(`create index "mediator_grade_index" on "mediator" ("grade");`);
  }

}
