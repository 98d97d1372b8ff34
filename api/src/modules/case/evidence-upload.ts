import Busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { Context } from '../../context';
import { UserInputError } from '../../shared/errors';
import { queueCaseNotifications } from '../notification/notification.rules';
import { CaseEvent } from './case-event.entity';
import { CaseService } from './case.service';
import { CaseEvidence } from './evidence.entity';

/** Photos, PDFs and recordings; nothing executable. */
export const EVIDENCE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'application/pdf', 'audio/mpeg', 'audio/mp4', 'video/mp4']);
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

/** Where a stored file lives: content-addressed, so the same file uploaded twice is kept once. */
export const evidencePath = (dir: string, sha256: string) => path.join(dir, sha256.slice(0, 2), sha256);

/**
 * A multipart upload (wx.uploadFile / Taro.uploadFile, field `file`) to a case the uploader may
 * see. The file is streamed to a temporary name while its SHA-256 is computed, refused if too
 * large or of another type, then moved to its content address; the row and a timeline event
 * are written together.
 */
export async function receiveEvidence(ctx: Context, req: IncomingMessage, caseId: string, dir: string): Promise<CaseEvidence> {
  const { mediationCase, viewer } = await new CaseService(ctx).loadVisible(caseId, 'id');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const upload = await new Promise<{ tmp: string; name: string; type: string; size: number; sha256: string }>((resolve, reject) => {
    let busboy: Busboy.Busboy;
    try {
      // utf8: WeChat and browsers send Chinese file names as raw UTF-8.
      busboy = Busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: MAX_EVIDENCE_BYTES, fields: 5 } });
    } catch {
      reject(new UserInputError({ field: 'file', reason: '请以 multipart/form-data 上传文件' }));
      return;
    }
    let received = false;
    busboy.on('file', (field, stream, info) => {
      if (field !== 'file' || !EVIDENCE_TYPES.has(info.mimeType)) {
        stream.resume();
        reject(new UserInputError({ field: 'file', reason: '只能上传图片、PDF、音频或视频文件' }));
        return;
      }
      received = true;
      const tmp = path.join(dir, `.upload-${randomUUID()}`);
      const hash = createHash('sha256');
      let size = 0;
      const out = createWriteStream(tmp, { mode: 0o600 });
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        hash.update(chunk);
      });
      stream.on('limit', () => {
        out.destroy();
        void rm(tmp, { force: true });
        reject(new UserInputError({ field: 'file', reason: `文件不能超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB` }));
      });
      stream.pipe(out);
      out.on('finish', () => {
        if (!stream.truncated) resolve({ tmp, name: info.filename || '证据', type: info.mimeType, size, sha256: hash.digest('hex') });
      });
      out.on('error', reject);
    });
    busboy.on('close', () => {
      if (!received) reject(new UserInputError({ field: 'file', reason: '没有收到文件' }));
    });
    busboy.on('error', () => reject(new UserInputError({ field: 'file', reason: '上传的内容无法解析' })));
    req.pipe(busboy);
  });

  const target = evidencePath(dir, upload.sha256);
  await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
  const exists = await stat(target).then(() => true, () => false);
  if (exists) await rm(upload.tmp, { force: true });
  else await rename(upload.tmp, target);

  const em = ctx.em;
  const already = await em.findOne(CaseEvidence, { mediationCase: mediationCase.id, sha256: upload.sha256 });
  if (already) return already;
  const evidence = em.create(CaseEvidence, {
    mediationCase,
    uploadedBy: viewer.userId,
    fileName: upload.name.slice(0, 200),
    contentType: upload.type,
    size: upload.size,
    sha256: upload.sha256,
  });
  em.create(CaseEvent, { mediationCase, action: 'EVIDENCE_ADDED', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId, actorRole: 'UPLOADER', note: upload.name.slice(0, 200) });
  await queueCaseNotifications(em, mediationCase, 'EVIDENCE_ADDED', `${mediationCase.number} 新增证据材料`, viewer.userId);
  await em.flush();
  return evidence;
}
