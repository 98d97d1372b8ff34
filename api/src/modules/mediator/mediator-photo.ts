import { mkdir, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import type { Context } from '../../context';
import { NotFoundError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { receiveFile, type UploadRules } from '../case/evidence-upload';
import type { FileStore } from '../../storage/file-store';
import { Policy } from '../staff/policy';
import { Mediator } from './mediator.entity';

/** A face on the menu: a JPEG or PNG photo, at most 2 MB. */
export const PHOTO_RULES: UploadRules = { types: new Set(['image/jpeg', 'image/png']), maxBytes: 2_000_000, typeProblem: '照片只能是 JPG 或 PNG 图片' };
const EXTENSION: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png' };

/** Where a photo is served from: public like the menu, content-addressed, so its address never changes meaning. */
export const photoUrl = (sha256: string, type: string) => `/media/photos/${sha256}.${EXTENSION[type]}`;

/**
 * A mediator's photo from the committee admin's phone (multipart, field `file`): checked like
 * evidence (the first bytes against the declared type, the size while it streams), kept by its
 * SHA-256, and set as the photo the menu shows. Only staff who manage the mediator may.
 */
export async function receiveMediatorPhoto(ctx: Context, req: IncomingMessage, mediatorId: string, dir: string, store: FileStore): Promise<{ photoUrl: string }> {
  const id = parseId(mediatorId, 'id');
  const mediator = await ctx.em.findOne(Mediator, id);
  if (!mediator) {
    req.resume();
    throw new NotFoundError('调解员', id);
  }
  try {
    await (await Policy.of(ctx)).assertMediator(id);
  } catch (error) {
    req.resume();
    throw error;
  }
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const upload = await receiveFile(req, dir, PHOTO_RULES);
  try {
    await store.put(upload.sha256, upload.tmp, upload.type, upload.size);
    mediator.photoUrl = photoUrl(upload.sha256, upload.type);
    await ctx.em.flush();
    return { photoUrl: mediator.photoUrl };
  } finally {
    await rm(upload.tmp, { force: true });
  }
}
