import { Migration } from '@mikro-orm/migrations';

export class Migration20261201000000InvitationIdentityCheck extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "mediation_case" add column "invitation_identity_check" varchar(200) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "mediation_case" drop column "invitation_identity_check";`);
  }

}
