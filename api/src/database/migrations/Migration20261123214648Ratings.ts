import { Migration } from '@mikro-orm/migrations';

export class Migration20261123214648Ratings extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "case_rating" ("id" serial primary key, "mediation_case_id" int not null, "party_id" int not null, "mediator_id" int not null, "outcome_score" smallint not null, "mediator_score" smallint not null, "tags" text[] not null default '{}', "comment" text null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "case_rating_mediation_case_id_index" on "case_rating" ("mediation_case_id");`);
    this.addSql(`create index "case_rating_mediator_id_index" on "case_rating" ("mediator_id");`);
    this.addSql(`alter table "case_rating" add constraint "case_rating_party_unique" unique ("mediation_case_id", "party_id");`);

    this.addSql(`alter table "case_rating" add constraint "case_rating_mediation_case_id_foreign" foreign key ("mediation_case_id") references "mediation_case" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_rating" add constraint "case_rating_party_id_foreign" foreign key ("party_id") references "case_party" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "case_rating" add constraint "case_rating_mediator_id_foreign" foreign key ("mediator_id") references "mediator" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "mediator" add column "rating_sum" int not null default 0, add column "rating_count" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "case_rating" cascade;`);

    this.addSql(`alter table "mediator" drop column "rating_sum", drop column "rating_count";`);
  }

}
