import type { Secrets } from '../../secrets';
import { decrypt, encrypt } from '../identity/personal-data';
import { newOpaqueToken, sha256 } from '../identity/tokens';
import { h5PageUrl, invitationPage } from '../../shared/page-paths';
import type { MediationCase } from './case.entity';

/**
 * The respondent's invitation code, in one place. Its hash finds the case when the code is
 * opened; the code itself is kept encrypted so the committee can show, copy and send the same
 * link again at any time while the respondent has not answered. A new code (re-issued) voids the
 * old one and the WeChat link made for it.
 */
export function issueInvitation(mediationCase: MediationCase, secrets: Pick<Secrets, 'encryptionKey'>, identityCheck: string | null = null): string {
  const code = newOpaqueToken(12);
  mediationCase.invitationCodeHash = sha256(code);
  mediationCase.invitationCodeEncrypted = encrypt(secrets, code);
  mediationCase.invitationIdentityCheck = identityCheck;
  mediationCase.invitationUrlLink = null;
  mediationCase.invitationUrlLinkExpiresAt = null;
  return code;
}

/** The invitation stops working: answered, withdrawn by the committee, or the case closed. */
export function voidInvitation(mediationCase: MediationCase) {
  mediationCase.invitationCodeHash = null;
  mediationCase.invitationCodeEncrypted = null;
  mediationCase.invitationIdentityCheck = null;
  mediationCase.invitationUrlLink = null;
  mediationCase.invitationUrlLinkExpiresAt = null;
}

export const invitationCodeOf = (stored: string | null | undefined, secrets: Pick<Secrets, 'encryptionKey'>) => (stored ? decrypt(secrets, stored) : null);

/** Where the invitation opens: the mini-program page (a share card's path), and the same page in H5 when the server has a public address. */
export function invitationLinks(code: string, publicUrl: string | null) {
  const path = invitationPage(code);
  return { path, h5Url: publicUrl ? h5PageUrl(publicUrl, path) : null };
}
