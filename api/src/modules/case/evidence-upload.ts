import Busboy from 'busboy';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { Context } from '../../context';
import { ConflictError, UserInputError } from '../../shared/errors';
import { findUnsafeText } from '../../shared/text';
import { queueCaseNotifications } from '../notification/notification.rules';
import type { CaseStatus } from './case-enums';
import { CaseEvent } from './case-event.entity';
import { OPEN_STATUSES } from './case-workflow';
import { CaseService } from './case.service';
import { CaseEvidence } from './evidence.entity';
import { EVIDENCE_TYPES, SNIFF_BYTES, sniffEvidenceType, typeMatches } from './evidence-type';
import type { FileStore } from '../../storage/file-store';

/** One limit, said the same way everywhere (README, messages, the mini-program): 10 MB. */
export const MAX_EVIDENCE_BYTES = 10_000_000;
const TEMP_PREFIX = '.upload-';
/** A temporary file untouched this long belongs to no upload in progress (those write continuously). */
const STALE_TEMP_MS = 60_000;


interface Received {
  tmp: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
}

const refuse = (reason: string) => new UserInputError({ field: 'file', reason });

/**
 * A multipart upload (wx.uploadFile / Taro.uploadFile, field `file`) to a case the uploader may
 * see. The file is streamed to a temporary name while its SHA-256 is computed and its first bytes
 * are checked against the declared type; whatever goes wrong (a truncated body, a dropped
 * connection, too large, the wrong type) removes the temporary file and answers 400. The row,
 * its timeline event and the file's move to its content address happen with the case locked, so
 * the same photo sent twice at once is stored once and both uploads get the one row.
 */
export async function receiveEvidence(ctx: Context, req: IncomingMessage, caseId: string, dir: string, store: FileStore): Promise<CaseEvidence> {
  const cases = new CaseService(ctx);
  const { mediationCase: before } = await ctx.caseAccess.loadVisible(caseId, 'id'); // before reading a byte of the body
  assertOpenForEvidence(before.status);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const upload = await receiveFile(req, dir);
  try {
    // Kept before the row is written (content-addressed, so a refused or repeated upload leaves a
    // harmless copy): an acknowledged row always has its file, and a slow store holds no lock.
    await store.put(upload.sha256, upload.tmp, upload.type, upload.size);
    return await cases.change(caseId, async ({ mediationCase, viewer }) => {
      assertOpenForEvidence(mediationCase.status); // closed while the file was arriving
      const em = ctx.em;
      const already = await em.findOne(CaseEvidence, { mediationCase: mediationCase.id, sha256: upload.sha256 });
      if (already) return already;
      const evidence = em.create(CaseEvidence, {
        mediationCase,
        uploadedBy: viewer.userId,
        fileName: upload.name,
        contentType: upload.type,
        size: upload.size,
        sha256: upload.sha256,
      });
      em.create(CaseEvent, { mediationCase, action: 'EVIDENCE_ADDED', fromStatus: mediationCase.status, toStatus: mediationCase.status, actorUserId: viewer.userId, actorRole: 'UPLOADER', note: upload.name });
      await queueCaseNotifications(em, mediationCase, 'EVIDENCE_ADDED', `${mediationCase.number} 新增证据材料`, viewer.userId);
      await em.flush();
      return evidence;
    }, { field: 'id' });
  } finally {
    await rm(upload.tmp, { force: true });
  }
}

/** Evidence belongs to a case being handled: once it is closed the file (卷宗) is final. */
function assertOpenForEvidence(status: CaseStatus) {
  if (!(OPEN_STATUSES as readonly CaseStatus[]).includes(status)) throw new ConflictError('案件已办结，不能再补充证据材料', 'id');
}

/** What an upload route accepts: evidence by default (images, PDF, audio, video up to 10 MB). */
export interface UploadRules {
  types: ReadonlySet<string>;
  maxBytes: number;
  /** Said when the declared or the actual type is not one of `types`. */
  typeProblem: string;
}
const EVIDENCE_RULES: UploadRules = { types: EVIDENCE_TYPES, maxBytes: MAX_EVIDENCE_BYTES, typeProblem: '只能上传图片、PDF、音频或视频文件' };

/** Streams the one `file` part to a temporary file; rejects (and removes it) on any failure. */
export function receiveFile(req: IncomingMessage, dir: string, rules: UploadRules = EVIDENCE_RULES): Promise<Received> {
  return new Promise<Received>((resolve, reject) => {
    let busboy: Busboy.Busboy;
    try {
      // utf8: WeChat and browsers send Chinese file names as raw UTF-8.
      busboy = Busboy({ headers: req.headers, defParamCharset: 'utf8', limits: { files: 1, fileSize: rules.maxBytes, fields: 5, parts: 6 } });
    } catch {
      req.resume();
      reject(refuse('请以 multipart/form-data 上传文件'));
      return;
    }
    let settled = false;
    let tmp: string | null = null;
    let out: ReturnType<typeof createWriteStream> | null = null;
    // Resolved once the file is on disk and the whole body has been parsed, in either order.
    let written: Received | null = null;
    let parsed = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      req.unpipe(busboy);
      req.resume(); // drain what is left so the answer can be sent
      // The answer waits for the temporary file to be gone (a file still being opened is closed first, then removed).
      const sink = out;
      const closed = !sink || sink.closed ? Promise.resolve() : new Promise<void>((done) => sink.once('close', () => done()).destroy());
      void closed
        .then(() => (tmp ? rm(tmp, { force: true }) : undefined))
        .catch(() => undefined)
        .then(() => reject(error));
    };
    const finish = () => {
      if (settled || !written || !parsed) return;
      settled = true;
      resolve(written);
    };
    const unreadable = () => fail(refuse('上传的内容不完整或无法解析，请重新上传'));

    busboy.on('file', (field, stream, info) => {
      stream.on('error', unreadable); // a body that ends inside the file part
      const name = (info.filename || '证据').slice(0, 200);
      if (field !== 'file' || !rules.types.has(info.mimeType)) {
        stream.resume();
        return fail(refuse(rules.typeProblem));
      }
      if (findUnsafeText(name)) {
        stream.resume();
        return fail(new UserInputError({ field: 'file.name', reason: '文件名含有无效字符' }));
      }
      const file = path.join(dir, `${TEMP_PREFIX}${randomUUID()}`);
      tmp = file;
      const hash = createHash('sha256');
      const sink = createWriteStream(file, { mode: 0o600 });
      out = sink;
      let size = 0;
      let head = Buffer.alloc(0);
      sink.on('error', (error) => fail(error));
      stream.on('limit', () => fail(refuse(`文件不能超过 ${rules.maxBytes / 1_000_000} MB`)));
      // The first bytes against the declared type: as soon as there are enough, or at the end of a shorter file.
      const checkType = () => {
        if (!typeMatches(info.mimeType, sniffEvidenceType(head))) fail(refuse(`文件内容与类型不符：${rules.typeProblem}`));
      };
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        hash.update(chunk);
        if (head.length < SNIFF_BYTES) {
          head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
          if (head.length >= SNIFF_BYTES) checkType();
        }
      });
      stream.on('end', () => {
        if (!settled && head.length < SNIFF_BYTES) checkType();
      });
      stream.pipe(sink);
      sink.on('finish', () => {
        if (settled || stream.truncated) return;
        written = { tmp: file, name, type: info.mimeType, size, sha256: hash.digest('hex') };
        finish();
      });
    });
    busboy.on('close', () => {
      parsed = true;
      if (!tmp) fail(refuse('没有收到文件'));
      else finish();
    });
    busboy.on('error', unreadable);
    req.on('aborted', unreadable);
    req.on('error', unreadable);
    req.pipe(busboy);
  });
}

/** Temporary files left by a crash or a killed process; run at start (uploads in progress elsewhere are spared). */
export async function sweepUploadLeftovers(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => n.startsWith(TEMP_PREFIX))) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && Date.now() - info.mtimeMs > STALE_TEMP_MS) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  return removed;
}
