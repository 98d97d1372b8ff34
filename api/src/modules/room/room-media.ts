import type { IncomingMessage } from 'node:http';
import { mkdir, rm } from 'node:fs/promises';
import type { Context } from '../../context';
import type { FileStore } from '../../storage/file-store';
import { MAX_EVIDENCE_BYTES, receiveFile, type UploadRules } from '../case/evidence-upload';
import { RoomService } from './room.service';

/** Photos in the room follow the evidence rules (type checked against the file's own bytes, 10 MB), pictures only. */
const ROOM_PHOTO_RULES: UploadRules = {
  types: new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic']),
  maxBytes: MAX_EVIDENCE_BYTES,
  typeProblem: '只能发送照片（JPG、PNG、WebP 或 HEIC）',
};

/**
 * A photo sent to a thread of the room (multipart, field `file`): who may write there, and the
 * message's key and caption, are checked before a byte of the body is read; the file goes to the
 * evidence store under its content address before the message is written, so an acknowledged
 * message always has its photo. The same key again is the same message.
 */
export async function receiveRoomPhoto(ctx: Context, req: IncomingMessage, caseId: string, query: URLSearchParams, dir: string, store: FileStore) {
  const room = new RoomService(ctx);
  const text = (query.get('text') ?? '').trim();
  const clientKey = query.get('clientKey') ?? '';
  const partyId = query.get('party') || null;
  RoomService.checkMessage(text, clientKey, true);
  await room.writable(caseId, partyId);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const upload = await receiveFile(req, dir, ROOM_PHOTO_RULES);
  try {
    await store.put(upload.sha256, upload.tmp, upload.type, upload.size);
    return await room.post(caseId, partyId, text, clientKey, { sha256: upload.sha256, type: upload.type, size: upload.size });
  } finally {
    await rm(upload.tmp, { force: true });
  }
}
