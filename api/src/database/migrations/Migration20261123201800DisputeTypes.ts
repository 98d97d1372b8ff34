import { Migration } from '@mikro-orm/migrations';
import { DISPUTE_TYPE_VOCABULARY } from '../../modules/dispute-type/dispute-type-vocabulary';

/** Reference data every environment needs: the shared dispute-type vocabulary. */
export class Migration20261123201800DisputeTypes extends Migration {
  override async up(): Promise<void> {
    DISPUTE_TYPE_VOCABULARY.forEach(({ code, label }, index) => {
      this.addSql(`insert into "dispute_type" ("code", "label", "sort_order") values ('${code}', '${label}', ${index + 1})
        on conflict ("code") do update set "label" = excluded."label", "sort_order" = excluded."sort_order";`);
    });
  }
}
