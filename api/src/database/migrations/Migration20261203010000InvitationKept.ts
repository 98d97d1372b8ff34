import { Migration } from '@mikro-orm/migrations';

/**
 * The respondent's invitation code kept encrypted beside its hash, so the committee can show and
 * send the link again at any time while the respondent has not answered; and the WeChat URL link
 * made for it (wxaurl.cn, valid for 30 days), kept until it expires or the code changes.
 */
export class Migration20261203010000InvitationKept extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "mediation_case" add column "invitation_code_encrypted" text null, add column "invitation_url_link" varchar(200) null, add column "invitation_url_link_expires_at" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "mediation_case" drop column "invitation_code_encrypted", drop column "invitation_url_link", drop column "invitation_url_link_expires_at";`);
  }
}
