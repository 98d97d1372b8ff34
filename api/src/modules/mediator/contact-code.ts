import QRCode from 'qrcode';
import type { Db } from '../../shared/db';
import { sql } from '../../shared/sql';
import { h5PageUrl, mediatorProfilePage, PAGE } from '../../shared/page-paths';
import type { WeChatClient } from '../identity/wechat.client';

/** A mediator's code opens their profile page; the scene carries the id (at most 32 characters). */
export const mediatorScene = (mediatorId: number) => `m=${mediatorId}`;

/** The H5 page of a mediator's profile, where printed codes point outside WeChat. */
export const mediatorH5Url = (publicUrl: string, mediatorId: number) => h5PageUrl(publicUrl, mediatorProfilePage(mediatorId));

/**
 * The code on a mediator's contact card (调解联系卡): scanned, it opens their profile on the menu —
 * a mini-program code from WeChat (getwxacodeunlimit) for the card people scan with WeChat, or a
 * plain QR of the H5 page. Null for a mediator who is not on any menu (unknown or inactive).
 */
export async function contactCode(db: Db, wechat: WeChatClient, mediatorId: number, target: 'weapp' | 'h5', publicUrl: string | null): Promise<Buffer | null> {
  const [row] = await db.rows<{ id: number }>(sql`select id from mediator where id = ${mediatorId} and active`);
  if (!row) return null;
  if (target === 'weapp') return wechat.unlimitedCode({ scene: mediatorScene(mediatorId), page: PAGE.mediatorProfile });
  if (!publicUrl) throw new Error('PUBLIC_URL is not set: the H5 code has no address to point at');
  return QRCode.toBuffer(mediatorH5Url(publicUrl, mediatorId), { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: 360 });
}
