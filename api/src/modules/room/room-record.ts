import type { Context } from '../../context';
import { chinaDateTime } from '../../shared/china-time';
import { escapeHtml } from '../../shared/html';
import { sql } from '../../shared/sql';
import { PartyRole } from '../case/case-enums';
import { MediationSession } from '../case/session.entity';
import { SESSION_MODE_LABEL } from '../case/outcome-enums';
import { RoomProposal } from './room-proposal.entity';
import { MESSAGE_COLUMNS, RoomService, type StoredMessage } from './room.service';
import { ROOM_AUTHOR_LABEL } from './room.views';

/** A room's printed record is bounded like any export; a room past this says so on the page. */
export const MAX_PRINTED_MESSAGES = 5000;

/**
 * 线上调解记录: the mediation room as an A4 page for the case file (卷宗), thread by thread, as
 * the viewer reads it — a party the joint thread and their own private one, the mediator and the
 * committee every thread. In each thread, in time order: the messages (those marked for the case
 * file flagged), the proposals with every answer, and in the joint thread each session it belonged
 * to, with its record (调解笔录). The mediator and the committee also get the room's moderation log.
 */
export async function renderRoomRecord(ctx: Context, caseId: string): Promise<string> {
  const room = new RoomService(ctx);
  const access = await room.access(caseId);
  const state = await room.roomOf(access);
  const mediationCase = access.mediationCase;
  const readable = state.threads.flatMap((t) => (t.partyId ? [Number(t.partyId)] : []));
  const [messages, proposals, sessions, committee, mediatorName] = await Promise.all([
    ctx.db.rows<StoredMessage>(sql`select ${MESSAGE_COLUMNS} from room_message m where m.mediation_case_id = ${mediationCase.id}
      and (m.private_party_id is null or m.private_party_id = any(${readable}::int[])) order by m.id limit ${MAX_PRINTED_MESSAGES + 1}`),
    ctx.em.find(RoomProposal, { mediationCase: mediationCase.id, $or: [{ privateParty: null }, { privateParty: { $in: readable } }] }, { populate: ['answers'], orderBy: { id: 'asc' } }),
    ctx.em.find(MediationSession, { mediationCase: mediationCase.id }, { orderBy: { scheduledAt: 'asc', id: 'asc' } }),
    ctx.loaders.committeeById.load(mediationCase.committee.id),
    room.mediatorName(mediationCase),
  ]);
  const cut = messages.length > MAX_PRINTED_MESSAGES;
  const parties = mediationCase.parties.getItems();
  const partyName = (id: number) => parties.find((p) => p.id === id)?.name ?? '';

  const threads = state.threads.map((thread) => {
    const partyId = thread.partyId === null ? null : Number(thread.partyId);
    const entries: { at: number; order: number; html: string }[] = [];
    for (const m of messages.slice(0, MAX_PRINTED_MESSAGES)) {
      if (m.partyId !== partyId) continue;
      const view = room.view(access, m, mediatorName);
      entries.push({
        at: view.createdAt.getTime(),
        order: 1,
        html: `<p><b>${escapeHtml(view.authorName)}（${ROOM_AUTHOR_LABEL[view.authorRole]}）</b> ${chinaDateTime(view.createdAt)}${view.markedForFile ? ' <span class="mark">【存入卷宗】</span>' : ''}<br>${view.photoUrl ? '［照片，原图见线上调解室］' : ''}${view.voiceUrl ? `［语音 ${view.voiceSeconds ?? ''} 秒，录音见线上调解室］` : ''}<span class="pre">${escapeHtml(view.body)}</span></p>`,
      });
    }
    for (const p of proposals) {
      if ((p.privateParty?.id ?? null) !== partyId) continue;
      const terms = p.terms.map((t) => `<li>${escapeHtml(t.content)}（履行方式：${escapeHtml(t.method)}；履行期限：${escapeHtml(t.performBy)}）</li>`).join('');
      const answers = p.answers.getItems().map((a) => `<li>${escapeHtml(partyName(a.party.id))}：${a.accepted ? '接受' : '不接受'}${a.note ? `（${escapeHtml(a.note)}）` : ''}，${chinaDateTime(a.answeredAt)}</li>`).join('');
      entries.push({
        at: p.createdAt.getTime(),
        order: 2,
        html: `<div class="proposal"><b>调解员提出调解方案</b> ${chinaDateTime(p.createdAt)}<ol>${terms}</ol>${p.note ? `<p>说明：${escapeHtml(p.note)}</p>` : ''}${answers ? `<p>答复：</p><ul>${answers}</ul>` : '<p>（尚无答复）</p>'}</div>`,
      });
    }
    // The sessions held during the room's life belong to the joint thread: the record of each where it fell.
    if (partyId === null) {
      sessions.forEach((s, i) => {
        entries.push({
          at: s.scheduledAt.getTime(),
          order: 0,
          html: `<div class="session">第 ${i + 1} 次调解：${chinaDateTime(s.scheduledAt)}，${SESSION_MODE_LABEL[s.mode]}，${escapeHtml(s.place)}${s.record ? `<br>调解笔录（${s.recordedAt ? chinaDateTime(s.recordedAt) : ''}）：<span class="pre">${escapeHtml(s.record)}</span>` : ''}</div>`,
        });
      });
    }
    entries.sort((a, b) => a.at - b.at || a.order - b.order);
    const who = partyId === null ? '双方当事人和调解员' : `调解员和${escapeHtml(partyName(partyId))}（对方当事人不能查阅）`;
    return `<h2>${escapeHtml(thread.title)}</h2><p class="who">参与：${who}${thread.closed ? `；调解员已关闭此对话（${escapeHtml(thread.closedReason ?? '')}）` : ''}</p>${entries.map((e) => e.html).join('\n') || '<p>（没有消息）</p>'}`;
  });
  const log = state.moderationLog.length
    ? `<h2>调解室管理记录</h2><ul>${state.moderationLog.map((e) => `<li>${chinaDateTime(e.at)} ${escapeHtml(e.label)}：${escapeHtml(e.subject)}${e.until ? `，至 ${chinaDateTime(e.until)}` : ''}${e.reason ? `（${escapeHtml(e.reason)}）` : ''}</li>`).join('')}</ul>`
    : '';
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>线上调解记录 ${escapeHtml(mediationCase.number)}</title>
<style>
  @page { size: A4; margin: 20mm 18mm; }
  body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 12pt; line-height: 1.7; color: #000; }
  h1 { text-align: center; font-size: 20pt; letter-spacing: 0.2em; margin-bottom: 0; }
  .number { text-align: right; }
  h2 { font-size: 13pt; margin: 1.2em 0 0.2em; border-bottom: 1px solid #000; }
  .who { font-size: 10pt; color: #333; }
  .pre { white-space: pre-wrap; }
  .mark { font-weight: bold; }
  .proposal, .session { border: 1px solid #666; padding: 0.3em 0.6em; margin: 0.5em 0; }
  .session { background: #f3f3f3; }
</style></head>
<body>
<h1>线上调解记录</h1>
<p class="number">${escapeHtml(mediationCase.number)}</p>
<p>人民调解委员会：${escapeHtml(committee?.name ?? '')}&#12288;人民调解员：${escapeHtml(mediatorName)}</p>
<p>当事人：${parties.map((p) => `${escapeHtml(p.name)}（${p.role === PartyRole.APPLICANT ? '申请人' : '被申请人'}）`).join('、')}</p>
${cut ? `<p><b>消息超过 ${MAX_PRINTED_MESSAGES} 条，此处只印前 ${MAX_PRINTED_MESSAGES} 条。</b></p>` : ''}
${threads.join('\n')}
${log}
<p class="who">打印时间：${chinaDateTime(new Date())}</p>
</body></html>`;
}
