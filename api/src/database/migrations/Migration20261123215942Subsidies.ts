import { Migration } from '@mikro-orm/migrations';

export class Migration20261123215942Subsidies extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "subsidy_level" as enum ('VILLAGE', 'TOWNSHIP');`);
    this.addSql(`create type "difficulty" as enum ('ORDINARY', 'DIFFICULT', 'MAJOR');`);
    this.addSql(`create table "subsidy_rate" ("id" serial primary key, "region_code" varchar(12) not null, "level" "subsidy_level" not null, "difficulty" "difficulty" not null, "amount" int not null);`);
    this.addSql(`alter table "subsidy_rate" add constraint "subsidy_rate_unique" unique ("region_code", "level", "difficulty");`);

    // Default amounts everywhere (domain §3): township 50/200/400 元, village 30/80/150 元.
    this.addSql(`insert into "subsidy_rate" ("region_code", "level", "difficulty", "amount") values
      ('', 'TOWNSHIP', 'ORDINARY', 50), ('', 'TOWNSHIP', 'DIFFICULT', 200), ('', 'TOWNSHIP', 'MAJOR', 400),
      ('', 'VILLAGE', 'ORDINARY', 30), ('', 'VILLAGE', 'DIFFICULT', 80), ('', 'VILLAGE', 'MAJOR', 150);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "subsidy_rate" cascade;`);

    this.addSql(`drop type "subsidy_level";`);
    this.addSql(`drop type "difficulty";`);
  }

}
