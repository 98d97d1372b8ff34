import type { IncomingMessage } from 'node:http';
import { mkdir, rm } from 'node:fs/promises';
import type { Context } from '../../context';
import { UserInputError } from '../../shared/errors';
import type { FileStore } from '../../storage/file-store';
import { MAX_EVIDENCE_BYTES, receiveFile, type UploadRules } from '../case/evidence-upload';
import { RoomService } from './room.service';

/** The longest voice note, as WeChat's recorder is told to stop (60 s). */
export const MAX_VOICE_SECONDS = 60;

/**
 * What the room takes besides words, under the evidence rules (the type checked against the file's
 * own bytes): photos up to 10 MB, and voice notes recorded in WeChat (MP3, or M4A) up to 2 MB — a
 * minute of speech is well under half of that.
 */
export const ROOM_MEDIA_RULES: Record<'photo' | 'voice', UploadRules> = {
  photo: { types: new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic']), maxBytes: MAX_EVIDENCE_BYTES, typeProblem: '只能发送照片（JPG、PNG、WebP 或 HEIC）' },
  voice: { types: new Set(['audio/mpeg', 'audio/mp4']), maxBytes: 2_000_000, typeProblem: '只能发送微信录制的语音（MP3 或 M4A）' },
};

/**
 * A photo or a voice note sent to a thread of the room (multipart, field `file`): who may write
 * there, the message's key, caption and (for a voice note) length are checked before a byte of the
 * body is read; the file goes to the evidence store under its content address before the message is
 * written, so an acknowledged message always has its file. The same key again is the same message.
 */
export async function receiveRoomMedia(ctx: Context, req: IncomingMessage, caseId: string, kind: 'photo' | 'voice', query: URLSearchParams, dir: string, store: FileStore) {
  const room = new RoomService(ctx);
  const text = (query.get('text') ?? '').trim();
  const clientKey = query.get('clientKey') ?? '';
  const partyId = query.get('party') || null;
  RoomService.checkMessage(text, clientKey, true);
  const seconds = kind === 'voice' ? Number(query.get('seconds')) : undefined;
  if (seconds !== undefined && !(Number.isInteger(seconds) && seconds >= 1 && seconds <= MAX_VOICE_SECONDS)) {
    throw new UserInputError({ field: 'seconds', reason: `语音长度须为 1 到 ${MAX_VOICE_SECONDS} 秒` });
  }
  await room.writable(caseId, partyId);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const upload = await receiveFile(req, dir, ROOM_MEDIA_RULES[kind]);
  try {
    await store.put(upload.sha256, upload.tmp, upload.type, upload.size);
    return await room.post(caseId, partyId, text, clientKey, { sha256: upload.sha256, type: upload.type, size: upload.size, seconds });
  } finally {
    await rm(upload.tmp, { force: true });
  }
}
